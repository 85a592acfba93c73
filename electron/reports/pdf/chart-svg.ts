/**
 * Charts for the report: the UI's own option builders in their print look, rendered by ECharts on
 * the server side (no DOM, no browser) into SVG, which the PDF embeds as vectors with selectable
 * text. ECharts is imported piece by piece, like the renderer does, with the SVG renderer only.
 */
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import {
  init,
  registerMap,
  setPlatformAPI,
  use as registerModules,
  type EChartsCoreOption,
} from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import world from '@surbowl/world-geo-json-zh/world.zh.json' with { type: 'json' };
import type { CountriesResult, SeriesResult } from '../../../shared/analytics';
import { balanceChartOption } from '../../../shared/charts/balance-chart';
import { countriesMapOption, worldMapName } from '../../../shared/charts/countries-map';
import { printLook } from '../../../shared/charts/palette';
import { withoutAntarctica } from '../../../shared/charts/world-map';
import { measureText } from './text-measure';

registerModules([
  LineChart,
  BarChart,
  MapChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
]);
setPlatformAPI({ measureText });

let mapRegistered = false;

function render(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function balanceChartSvg(series: SeriesResult, width: number, height: number): string {
  return render(balanceChartOption(series, printLook), width, height);
}

export function countriesMapSvg(result: CountriesResult, width: number, height: number): string {
  if (!mapRegistered) {
    registerMap(worldMapName, withoutAntarctica(world) as unknown as Parameters<typeof registerMap>[1]);
    mapRegistered = true;
  }
  return render(countriesMapOption(result, printLook), width, height);
}
