/** Number formats for chart axes and tooltips: compact on axes, to the cent in tooltips (display only). */
import { formatMoney } from '../format';

export function compactMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/**
 * Labels for a money axis spanning `low..high` in about `steps` ticks: compact (€1.2M) with as many
 * decimals as the step needs, so that a short range (€1,000,010 to €1,000,040) never shows the same
 * label five times; a step below a thousandth of the compact unit falls back to the full amount.
 */
export function axisMoneyFormatter(
  currency: string,
  low: number,
  high: number,
  steps = 5,
): (value: number) => string {
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  const step = Math.abs(high - low) / steps;
  const unit = magnitude >= 1e9 ? 1e9 : magnitude >= 1e6 ? 1e6 : magnitude >= 1e3 ? 1e3 : 1;
  if (step === 0 || !Number.isFinite(step)) return (value) => compactMoney(value, currency);
  const digits = Math.max(1, Math.ceil(-Math.log10(step / unit)));
  if (digits > 3) {
    const fraction = Math.min(2, Math.max(0, Math.ceil(-Math.log10(step))));
    const full = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: fraction,
    });
    return (value) => full.format(value);
  }
  const compact = new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: digits,
  });
  return (value) => compact.format(value);
}

export function percent(share: number): string {
  return new Intl.NumberFormat('en-GB', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/** Text that goes into tooltip HTML comes from the data (names): escape it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export { formatMoney };
