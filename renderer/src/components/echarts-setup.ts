/**
 * ECharts, imported piece by piece: only the charts, components and renderer this app draws with,
 * which keeps the bundle far smaller than the full `echarts` entry. SVG renders crisp at any zoom
 * and leaves elements tests and screen readers can see.
 */
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  BrushComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
// `use` is ECharts' module registry, not a React hook; the alias says so (and keeps the hooks lint right).
import { init, registerMap, use as registerModules, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerModules([
  LineChart,
  BarChart,
  MapChart,
  AriaComponent,
  BrushComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
]);

export { init, registerMap, type EChartsType };
