/**
 * The one component that owns an ECharts instance: it mounts the chart, applies each new option,
 * follows the container's size and disposes the chart when it leaves the page. Options come from
 * the pure builders in shared/charts. A chart that selects buckets reports the first and last
 * bucket index the analyst dragged across or zoomed to (the zoom once it has settled).
 */
import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { init, type EChartsType } from './echarts-setup';

interface EChartProps {
  readonly option: EChartsCoreOption;
  readonly label: string;
  readonly height: number;
  /** How many buckets the chart shows; with onSelect, dragging and zooming select among them. */
  readonly buckets?: number;
  readonly onSelect?: (first: number, last: number) => void;
}

/** A wheel or slider zoom is taken as a range once it has rested this long, not on every step. */
export const zoomSettleMs = 450;

interface ZoomEvent {
  readonly start?: number;
  readonly end?: number;
  readonly batch?: readonly { readonly start?: number; readonly end?: number }[];
}
interface BrushEndEvent {
  readonly areas?: readonly { readonly coordRange?: readonly number[] }[];
}

export function EChart({ option, label, height, buckets = 0, onSelect }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // Read by the chart's listeners, which are bound once.
  const selection = useRef({ buckets, onSelect });
  useEffect(() => {
    selection.current = { buckets, onSelect };
  }, [buckets, onSelect]);
  const selectable = onSelect !== undefined;

  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
    });
    observer.observe(element);
    let zoomTimer: ReturnType<typeof setTimeout> | undefined;
    const select = (first: number, last: number) => {
      const { buckets: count, onSelect: report } = selection.current;
      const from = Math.max(0, Math.min(first, last));
      const to = Math.min(count - 1, Math.max(first, last));
      if (report !== undefined && count > 0 && from <= to && !(from === 0 && to === count - 1))
        report(from, to);
    };
    instance.on('brushEnd', (event: unknown) => {
      const range = (event as BrushEndEvent).areas?.[0]?.coordRange;
      instance.dispatchAction({ type: 'brush', areas: [] });
      if (range?.[0] !== undefined && range[1] !== undefined)
        select(Math.round(range[0]), Math.round(range[1]));
    });
    instance.on('datazoom', (event: unknown) => {
      const zoom = (event as ZoomEvent).batch?.[0] ?? (event as ZoomEvent);
      if (zoom.start === undefined || zoom.end === undefined) return;
      const { start, end } = zoom;
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(() => {
        const span = selection.current.buckets - 1;
        select(Math.floor((start / 100) * span + 1e-9), Math.ceil((end / 100) * span - 1e-9));
      }, zoomSettleMs);
    });
    return () => {
      clearTimeout(zoomTimer);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new range may have fewer series points; merging would leave stale ones behind.
    chart.current?.setOption(option, { notMerge: true });
    // Dragging across the plot draws a selection, without picking a tool first.
    if (selectable)
      chart.current?.dispatchAction({
        type: 'takeGlobalCursor',
        key: 'brush',
        brushOption: { brushType: 'lineX', brushMode: 'single' },
      });
  }, [option, selectable]);

  return <div ref={container} className="echart" role="img" aria-label={label} style={{ height }} />;
}
