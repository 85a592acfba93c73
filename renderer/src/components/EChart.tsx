/**
 * The one component that owns an ECharts instance: it mounts the chart, applies each new option,
 * follows the container's size and disposes the chart when it leaves the page. Options come from
 * the pure builders in ../charts.
 */
import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { init, type EChartsType } from './echarts-setup';

interface EChartProps {
  readonly option: EChartsCoreOption;
  readonly label: string;
  readonly height: number;
}

export function EChart({ option, label, height }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new range may have fewer series points; merging would leave stale ones behind.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} className="echart" role="img" aria-label={label} style={{ height }} />;
}
