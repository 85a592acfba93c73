/**
 * The balance chart's option: closing balance with its min–max band on top, inflow (up) and outflow
 * (down) bars below on a linked axis, one zoom for both. Aggregates in, ECharts option out; no DOM.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  BrushComponentOption,
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { SeriesBucket, SeriesResult } from '../analytics';
import { palette as screenPalette, screenLook, type ChartLook } from './palette';
import { axisMoneyFormatter, escapeHtml, formatMoney } from './value-format';

export type BalanceChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | DataZoomComponentOption
  | BrushComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

/** Series ids, so that tests and the tooltip can find a series without relying on its position. */
export const seriesIds = {
  closing: 'closing',
  bandBase: 'band-base',
  band: 'band',
  inflow: 'inflow',
  outflow: 'outflow',
} as const;

function dataIndexOf(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof first !== 'object' || first === null || !('dataIndex' in first)) return null;
  return typeof first.dataIndex === 'number' ? first.dataIndex : null;
}

/** The tooltip of one bucket: its days and every figure, to the cent. */
export function bucketTooltip(bucket: SeriesBucket, currency: string): string {
  const row = (label: string, value: number, color?: string) =>
    `<div style="display:flex;justify-content:space-between;gap:16px"><span${color === undefined ? '' : ` style="color:${color}"`}>${label}</span><b>${escapeHtml(formatMoney(value, currency))}</b></div>`;
  const days = bucket.from === bucket.to ? bucket.from : `${bucket.from} – ${bucket.to}`;
  return [
    `<div style="margin-bottom:4px"><b>${escapeHtml(bucket.label)}</b> <span style="opacity:.7">${escapeHtml(days)}</span></div>`,
    row('Closing balance', bucket.closing, screenPalette.accent),
    row('Lowest', bucket.min),
    row('Highest', bucket.max),
    row('Inflow', bucket.inflow, screenPalette.inflow),
    row('Outflow', bucket.outflow, screenPalette.outflow),
    row('Net flow', bucket.net),
    `<div style="opacity:.7;margin-top:2px">${bucket.count} transactions</div>`,
  ].join('');
}

/**
 * The option for the screen (the default) or for print: the print look drops what only works with a
 * pointer (tooltip, zoom) and gives the flows grid the slider's room.
 */
export function balanceChartOption(series: SeriesResult, look: ChartLook = screenLook): BalanceChartOption {
  const { buckets, currency } = series;
  const { palette, fontFamily, interactive } = look;
  const labels = buckets.map((bucket) => bucket.label);
  const axisText = { color: palette.muted, fontFamily, fontSize: 11 };
  // Each axis's labels carry the decimals its own span needs; no step below a cent.
  const moneyAxis = (low: number, high: number, steps: number) => ({
    axisLabel: { ...axisText, formatter: axisMoneyFormatter(currency, low, high, steps) },
    splitLine: { lineStyle: { color: palette.grid } },
    minInterval: 0.01,
  });
  const balances = buckets.flatMap((bucket) => [bucket.min, bucket.max]);
  const flows = buckets.flatMap((bucket) => [bucket.inflow, -bucket.outflow]);
  const categoryAxis = {
    type: 'category' as const,
    data: labels,
    axisLine: { lineStyle: { color: palette.line } },
    axisTick: { show: false },
  };
  const dense = buckets.length > 60;
  const goesNegative = buckets.some((bucket) => bucket.min < 0);
  // Only the screen can point and zoom; a print declares neither (ECharts would ask for their modules).
  const pointer: BalanceChartOption = interactive
    ? {
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'line', lineStyle: { color: palette.muted } },
          backgroundColor: palette.panel,
          borderColor: palette.line,
          textStyle: { color: palette.text, fontSize: 12 },
          formatter: (params: unknown) => {
            const index = dataIndexOf(params);
            const bucket = index === null ? undefined : buckets[index];
            return bucket === undefined ? '' : bucketTooltip(bucket, currency);
          },
        },
        axisPointer: { link: [{ xAxisIndex: 'all' }] },
        // Dragging across the plot selects buckets (the page takes them as its range); the wheel and
        // the slider zoom, which the page takes too once the zoom settles.
        brush: {
          xAxisIndex: 'all',
          brushLink: 'all',
          brushType: 'lineX',
          brushMode: 'single',
          transformable: false,
          brushStyle: { color: 'rgba(56, 189, 248, 0.18)', borderColor: palette.accent, borderWidth: 1 },
          outOfBrush: { colorAlpha: 0.35 },
        },
        dataZoom: [
          { type: 'inside', xAxisIndex: [0, 1], moveOnMouseMove: false },
          {
            type: 'slider',
            xAxisIndex: [0, 1],
            bottom: 8,
            height: 18,
            borderColor: palette.line,
            textStyle: { color: palette.muted },
            fillerColor: palette.band,
          },
        ],
      }
    : {};
  return {
    backgroundColor: 'transparent',
    ...pointer,
    textStyle: { fontFamily, color: palette.text },
    animation: interactive && buckets.length < 400,
    legend: {
      top: 0,
      left: 0,
      itemWidth: 14,
      itemHeight: 8,
      textStyle: { color: palette.muted, fontSize: 12 },
      data: [
        'Closing balance',
        { name: 'Min–max range', icon: 'roundRect', itemStyle: { color: palette.bandKey } },
        'Inflow',
        'Outflow',
      ],
    },
    // Balance on top, flows below with room for three labels, the zoom slider under both.
    grid: interactive
      ? [
          { left: 72, right: 24, top: 36, bottom: 170 },
          { left: 72, right: 24, height: 88, bottom: 56 },
        ]
      : [
          { left: 72, right: 16, top: 36, bottom: 140 },
          { left: 72, right: 16, height: 88, bottom: 28 },
        ],
    xAxis: [
      { ...categoryAxis, gridIndex: 0, axisLabel: { show: false } },
      { ...categoryAxis, gridIndex: 1, axisLabel: axisText },
    ],
    yAxis: [
      {
        type: 'value',
        gridIndex: 0,
        scale: true,
        ...moneyAxis(Math.min(...balances), Math.max(...balances), 5),
      },
      {
        type: 'value',
        gridIndex: 1,
        splitNumber: 2,
        ...moneyAxis(Math.min(...flows, 0), Math.max(...flows), 2),
      },
    ],
    series: [
      {
        // The band is drawn as an invisible base at the minimum plus the (max − min) height stacked on
        // it; 'all' stacks regardless of sign, so a band that dips below zero stays in place.
        id: seriesIds.bandBase,
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: buckets.map((bucket) => bucket.min),
        stack: 'band',
        stackStrategy: 'all',
        lineStyle: { opacity: 0 },
        showSymbol: false,
        silent: true,
        tooltip: { show: false },
      },
      {
        id: seriesIds.band,
        name: 'Min–max range',
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: buckets.map((bucket) => bucket.max - bucket.min),
        stack: 'band',
        stackStrategy: 'all',
        lineStyle: { opacity: 0 },
        areaStyle: { color: palette.band },
        itemStyle: { color: palette.band },
        showSymbol: false,
        silent: true,
      },
      {
        id: seriesIds.closing,
        name: 'Closing balance',
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: buckets.map((bucket) => bucket.closing),
        itemStyle: { color: palette.accent },
        lineStyle: { width: 2 },
        showSymbol: !dense,
        symbolSize: 5,
        ...(goesNegative
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: palette.outflow, type: 'dashed', opacity: 0.7 },
                label: {
                  color: palette.outflow,
                  fontFamily,
                  formatter: 'overdrawn below',
                  position: 'insideEndTop',
                },
                data: [{ yAxis: 0 }],
              },
            }
          : {}),
      },
      {
        id: seriesIds.inflow,
        name: 'Inflow',
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        stack: 'flows',
        data: buckets.map((bucket) => bucket.inflow),
        itemStyle: { color: palette.inflow },
        barMaxWidth: 18,
      },
      {
        // Outflows hang below the axis so that a bucket's in and out read as one bar.
        id: seriesIds.outflow,
        name: 'Outflow',
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        stack: 'flows',
        data: buckets.map((bucket) => -bucket.outflow),
        itemStyle: { color: palette.outflow },
        barMaxWidth: 18,
      },
    ],
  };
}
