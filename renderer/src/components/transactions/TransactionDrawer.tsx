/**
 * One transaction in full, beside the table: every field as stored, why it was quarantined, and the
 * record exactly as the source sent it (or as stored, where the raw text was not kept). Esc or
 * Close returns focus to the table.
 */
import { useEffect, useRef } from 'react';
import type { TransactionLine } from '../../../../shared/analytics';
import { counterpartyOf, originalAmount, reasonNames } from './TransactionRow';

interface TransactionDrawerProps {
  readonly line: TransactionLine;
  readonly currency: string;
  readonly onClose: () => void;
}

function rawText(line: TransactionLine): string {
  if (line.raw !== undefined && line.raw !== null) {
    try {
      return JSON.stringify(JSON.parse(line.raw), null, 2);
    } catch {
      return line.raw;
    }
  }
  const { source, id, payer, beneficiary, amount, currency, ts } = line;
  return JSON.stringify({ source, id, payer, beneficiary, amount, currency, timestamp: ts }, null, 2);
}

export function TransactionDrawer({ line, currency, onClose }: TransactionDrawerProps) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
  }, [line]);
  const facts: readonly [string, string][] = [
    ['Id', `${line.source.toUpperCase()} ${line.id}`],
    ['Time', line.ts],
    [
      'Direction',
      line.direction === 'in' ? 'money in' : line.direction === 'out' ? 'money out' : 'own accounts',
    ],
    ['Counterparty', counterpartyOf(line)],
    ['Amount', originalAmount(line)],
    [`In ${currency}`, line.converted === null ? 'no rate' : line.converted.toFixed(2)],
    [
      'Status',
      line.status === 'valid' ? 'valid' : line.reason === null ? 'left out' : reasonNames[line.reason],
    ],
  ];
  return (
    <aside
      className="txn-drawer"
      role="dialog"
      aria-label="Transaction details"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="panel__header">
        <h3>Transaction {line.id}</h3>
        <button ref={close} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <dl className="facts txn-drawer__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {line.status === 'quarantined' && (
        <p className="note" aria-label="Quarantine reason">
          {line.detail ?? 'Left out of the figures.'}
        </p>
      )}
      <h4>{line.raw === undefined || line.raw === null ? 'Record as stored' : 'Record as received'}</h4>
      <pre className="txn-drawer__raw">{rawText(line)}</pre>
    </aside>
  );
}
