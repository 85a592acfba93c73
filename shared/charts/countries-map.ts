/**
 * The world map of countries transacted with: each country shaded by its volume (inflow + outflow)
 * in the range, the others drawn as plain land. Map features are keyed by ISO alpha-2 (`iso_a2`),
 * the same codes the countries service returns. Aggregates in, ECharts option out; no DOM.
 */
import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { CountriesResult, CountryTotal } from '../analytics';
import { countryName } from '../country-names';
import { palette as screenPalette, screenLook, type ChartLook } from './palette';
import { compactMoney, escapeHtml, formatMoney, percent } from './value-format';

export type CountriesMapOption = ComposeOption<
  MapSeriesOption | TooltipComponentOption | VisualMapComponentOption
>;

/** The name the GeoJSON is registered under (components/CountriesMap.tsx). */
export const worldMapName = 'world';

function countryOf(
  params: unknown,
  byCode: ReadonlyMap<string, CountryTotal>,
): { code: string; total: CountryTotal | undefined } | null {
  if (typeof params !== 'object' || params === null || !('name' in params) || typeof params.name !== 'string')
    return null;
  return { code: params.name, total: byCode.get(params.name) };
}

export function countryTooltip(code: string, total: CountryTotal | undefined, currency: string): string {
  const title = `<b>${escapeHtml(total?.name ?? countryName(code))}</b> <span style="opacity:.7">${escapeHtml(code)}</span>`;
  if (total === undefined) return `${title}<div style="opacity:.7">No transactions in this range</div>`;
  return [
    title,
    `<div>Inflow <b style="color:${screenPalette.inflow}">${escapeHtml(formatMoney(total.inflow, currency))}</b></div>`,
    `<div>Outflow <b style="color:${screenPalette.outflow}">${escapeHtml(formatMoney(total.outflow, currency))}</b></div>`,
    `<div>${total.count} transactions · ${escapeHtml(percent(total.share))} of volume</div>`,
  ].join('');
}

/** The option for the screen (the default) or for print, which cannot zoom, pan or show tooltips. */
export function countriesMapOption(
  result: CountriesResult,
  look: ChartLook = screenLook,
): CountriesMapOption {
  const { countries, currency } = result;
  const { palette, fontFamily, interactive } = look;
  const byCode = new Map(countries.map((country) => [country.country, country]));
  const volumes = countries.map((country) => country.inflow + country.outflow);
  const top = Math.max(0, ...volumes);
  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily, color: palette.text },
    ...(interactive
      ? {
          tooltip: {
            trigger: 'item',
            backgroundColor: palette.panel,
            borderColor: palette.line,
            textStyle: { color: palette.text, fontSize: 12 },
            formatter: (params: unknown) => {
              const found = countryOf(params, byCode);
              return found === null ? '' : countryTooltip(found.code, found.total, currency);
            },
          },
        }
      : {}),
    visualMap: {
      type: 'continuous',
      min: 0,
      // A range without any flow still needs a non-empty scale.
      max: top > 0 ? top : 1,
      left: 8,
      bottom: 8,
      itemHeight: 90,
      itemWidth: 10,
      calculable: false,
      text: ['more', 'less'],
      textStyle: { color: palette.muted, fontSize: 11, fontFamily },
      inRange: { color: [...palette.heat] },
      formatter: (value: unknown) =>
        typeof value === 'number' ? compactMoney(value, currency) : String(value),
    },
    series: [
      {
        type: 'map',
        map: worldMapName,
        nameProperty: 'iso_a2',
        roam: interactive,
        // Fit the panel's box; ECharts keeps the map's aspect inside it.
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        selectedMode: false,
        label: { show: false },
        itemStyle: { areaColor: palette.land, borderColor: palette.border, borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: palette.warn } },
        data: countries.map((country, index) => ({ name: country.country, value: volumes[index] ?? 0 })),
      },
    ],
  };
}
