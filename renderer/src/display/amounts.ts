/**
 * Pure display helpers (no DOM): compact amounts for tight places, rates typed with a point or a
 * comma, and the path of a sparkline.
 */

/** From here up an amount no longer fits a card at 1440 px with its cents. */
export const compactFrom = 10_000_000;

export function compactAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A positive rate, with a decimal point or comma; null for anything else. */
export function parseRate(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  const value = Number(trimmed);
  return trimmed !== '' && /^\d*\.?\d+$/.test(trimmed) && Number.isFinite(value) && value > 0 ? value : null;
}

/** The path's points, x left to right over the values, y scaled to the values' own span. */
export function sparkPath(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (value: number) => (height - 1 - ((value - low) / span) * (height - 2)).toFixed(1);
  return values
    .map((value, index) => `${index === 0 ? 'M' : 'L'}${(index * step).toFixed(1)} ${y(value)}`)
    .join('');
}
