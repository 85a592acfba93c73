/**
 * Transfers between the company's own accounts in the range: listed here because company-level
 * inflow, outflow, counts, counterparties and countries leave them out (docs/domain.md "Balances").
 */
import type { SeriesResult } from '../../../shared/analytics';
import { formatCount, formatMoney } from '../../../shared/format';

export function InternalTransfersNote({ series }: { readonly series: SeriesResult }) {
  const internal = series.totals.internalTransfers;
  if (internal === undefined || internal.count === 0) return null;
  return (
    <p
      className="note note--internal"
      aria-label="Internal transfers"
      title="Money moved between two accounts of this company: it changes account balances, not the company's."
    >
      Internal transfers between own accounts, {series.from} – {series.to}: {formatCount(internal.count)} (
      {formatMoney(internal.volume, series.currency)}), left out of inflow, outflow, counterparties and
      countries.
    </p>
  );
}
