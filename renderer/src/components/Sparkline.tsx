/**
 * A row's balance over its last days as a small SVG line: a dashed zero line when the balance
 * crosses it, red when the last day ends below zero. Plain SVG, so hundreds of rows stay cheap.
 */
import { formatMoney } from '../../../shared/format';
import { sparkPath } from '../display/amounts';

interface SparklineProps {
  readonly values: readonly number[];
  readonly currency: string;
  readonly width?: number;
  readonly height?: number;
}

export function Sparkline({ values, currency, width = 96, height = 22 }: SparklineProps) {
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const zeroY = high === low ? height - 1 : height - 1 - ((0 - low) / (high - low)) * (height - 2);
  const last = values.at(-1) ?? 0;
  const label = `Balance over the last ${String(values.length)} days, from ${formatMoney(values[0] ?? 0, currency)} to ${formatMoney(last, currency)}`;
  return (
    <svg
      className={last < 0 ? 'sparkline sparkline--negative' : 'sparkline'}
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {low < 0 && high > 0 && <line className="sparkline__zero" x1={0} x2={width} y1={zeroY} y2={zeroY} />}
      <path d={sparkPath(values, width, height)} />
    </svg>
  );
}
