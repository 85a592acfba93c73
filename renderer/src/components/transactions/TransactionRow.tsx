/** One transaction as a table row: time, source, direction, counterparty, amounts and status. */
import type { TransactionLine } from '../../../../shared/analytics';
import { formatMoney } from '../../../../shared/format';
import { formatIban } from '../CounterpartiesPanel';
import { Money } from '../Money';

export const reasonNames = {
  'batch-payment': 'batch payment',
  'invalid-iban': 'invalid IBAN',
  'invalid-currency': 'invalid currency',
  malformed: 'malformed',
} as const;

export function originalAmount(line: TransactionLine): string {
  if (line.amount === null) return '—';
  // A currency that is not ISO 4217 (a quarantined record) cannot go through Intl's currency style.
  try {
    return formatMoney(line.amount, line.currency);
  } catch {
    return `${line.amount.toFixed(2)} ${line.currency}`;
  }
}

export function counterpartyOf(line: TransactionLine): string {
  if (line.direction === 'own') return `${formatIban(line.payer)} → ${formatIban(line.beneficiary)}`;
  return formatIban(line.direction === 'in' ? line.payer : line.beneficiary);
}

export function StatusCell({ line }: { readonly line: TransactionLine }) {
  return (
    <>
      {line.status === 'valid' ? (
        <span className="dim">valid</span>
      ) : line.reason === null ? (
        <span className="badge" title={line.detail ?? undefined}>
          left out
        </span>
      ) : (
        <span className="badge badge--debt" title={line.detail ?? undefined}>
          {reasonNames[line.reason]}
        </span>
      )}
      {line.possibleDuplicate === true && (
        <span
          className="badge badge--warning"
          title="Another record is identical apart from its id. It is counted unless Settings leave possible duplicates out."
        >
          possible duplicate
        </span>
      )}
    </>
  );
}

export function TransactionCells({
  line,
  currency,
}: {
  readonly line: TransactionLine;
  readonly currency: string;
}) {
  const sign = line.direction === 'out' ? -1 : 1;
  return (
    <>
      <td className="mono txn-col--time">{line.ts.replace('T', ' ').replace(/Z$/, '')}</td>
      <td className="dim txn-col--source">{line.source.toUpperCase()}</td>
      <td className="txn-col--dir">
        {line.direction === 'in' ? 'from' : line.direction === 'out' ? 'to' : 'own'}
      </td>
      <td className="mono txn-col--party">{counterpartyOf(line)}</td>
      <td className="num txn-col--amount">{originalAmount(line)}</td>
      <td className="num txn-col--converted">
        {line.converted === null ? (
          <span className="dim">no rate</span>
        ) : (
          <Money amount={sign * line.converted} currency={currency} signed />
        )}
      </td>
      <td className="txn-col--status">
        <StatusCell line={line} />
      </td>
    </>
  );
}
