/**
 * What the screen's balance chart draws over the range's own buckets: the forecast as a continuation
 * of the balance line past the last synced day, with its 80 % and 95 % bands widening towards the
 * forecast day, and a comparison period's net flow aligned bucket by bucket in the flows grid.
 * Pure: an option in, an option out.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { ForecastResult, SeriesResult } from '../analytics';
import type { BalanceChartOption } from './balance-chart';
import { palette as screenPalette, type ChartPalette } from './palette';

export type AvailableForecast = Extract<ForecastResult, { readonly available: true }>;

export interface BalanceOverlays {
  /** Drawn only when the range ends on the day the forecast starts from. */
  readonly forecast?: AvailableForecast | null;
  readonly comparison?: { readonly label: string; readonly series: SeriesResult } | null;
}

export const overlayIds = {
  forecast: 'forecast',
  band95Base: 'forecast-95-base',
  band95: 'forecast-95',
  band80Base: 'forecast-80-base',
  band80: 'forecast-80',
  comparison: 'comparison-net',
} as const;

type Series = LineSeriesOption | BarSeriesOption;

function asList<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** A band as an invisible base plus its stacked height: zero wide at the last day, full at the forecast. */
function band(
  ids: readonly [string, string],
  name: string,
  last: number,
  low: number,
  high: number,
  at: number,
  color: string,
): Series[] {
  const pad = (first: number, second: number) =>
    Array.from({ length: at + 1 }, (_, index) => (index === at - 1 ? first : index === at ? second : null));
  const common = {
    type: 'line' as const,
    xAxisIndex: 0,
    yAxisIndex: 0,
    stack: ids[0],
    stackStrategy: 'all' as const,
    lineStyle: { opacity: 0 },
    showSymbol: false,
    silent: true,
    connectNulls: false,
  };
  return [
    { ...common, id: ids[0], data: pad(last, low), tooltip: { show: false } },
    { ...common, id: ids[1], name, data: pad(0, high - low), areaStyle: { color }, itemStyle: { color } },
  ];
}

export function withOverlays(
  option: BalanceChartOption,
  series: SeriesResult,
  overlays: BalanceOverlays,
  /** The theme's colours on screen (the dark ones by default). */
  palette: ChartPalette = screenPalette,
): BalanceChartOption {
  const count = series.buckets.length;
  const extra: Series[] = [];
  const axes = (asList(option.xAxis) as { data?: string[] }[]).map((axis) => ({ ...axis }));
  const legend = option.legend as { data?: unknown[] } | undefined;
  const names: unknown[] = [...(legend?.data ?? [])];
  const { forecast, comparison } = overlays;
  const last = series.buckets.at(-1);
  if (forecast !== undefined && forecast !== null && last !== undefined && last.to === forecast.from) {
    // One more category, the forecast day, after the range's buckets.
    for (const axis of axes) axis.data = [...(axis.data ?? []), `${forecast.at} (forecast)`];
    const at = count;
    const start = forecast.fromBalance;
    extra.push(
      ...band(
        [overlayIds.band95Base, overlayIds.band95],
        'Forecast 95 %',
        start,
        forecast.low95,
        forecast.high95,
        at,
        'rgba(251, 191, 36, 0.12)',
      ),
      ...band(
        [overlayIds.band80Base, overlayIds.band80],
        'Forecast 80 %',
        start,
        forecast.low80,
        forecast.high80,
        at,
        'rgba(251, 191, 36, 0.22)',
      ),
      {
        id: overlayIds.forecast,
        name: 'Forecast',
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: Array.from({ length: at + 1 }, (_, index) =>
          index === at - 1 ? start : index === at ? forecast.balance : null,
        ),
        lineStyle: { type: 'dashed', width: 2, color: palette.warn },
        itemStyle: { color: palette.warn },
        showSymbol: true,
        symbolSize: 6,
      },
    );
    names.push('Forecast', 'Forecast 80 %', 'Forecast 95 %');
  }
  if (comparison !== undefined && comparison !== null) {
    extra.push({
      id: overlayIds.comparison,
      name: `Net flow, ${comparison.label}`,
      type: 'line',
      xAxisIndex: 1,
      yAxisIndex: 1,
      data: series.buckets.map((_, index) => comparison.series.buckets[index]?.net ?? null),
      lineStyle: { type: 'dashed', width: 1.5, color: palette.muted },
      itemStyle: { color: palette.muted },
      showSymbol: false,
    });
    names.push(`Net flow, ${comparison.label}`);
  }
  if (extra.length === 0) return option;
  return {
    ...option,
    xAxis: axes,
    legend: { ...legend, data: names } as NonNullable<BalanceChartOption['legend']>,
    series: [...asList(option.series), ...extra] as NonNullable<BalanceChartOption['series']>,
  };
}
