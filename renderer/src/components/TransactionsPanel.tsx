/**
 * The company's transactions over the range, a page at a time: valid and quarantined records
 * (with the reason), amounts as received and converted, sortable by time or converted amount.
 * Records identical to another apart from the id are flagged as possible duplicates.
 */
import { useState } from 'react';
import type { TransactionLine, TransactionsPage } from '../../../shared/analytics';
import { formatCount, formatMoney } from '../../../shared/format';
import { sameCompany, type CompanyScope } from '../data/company';
import { loadOf, useContractQuery } from '../data/hooks';
import { formatIban } from './CounterpartiesPanel';
import { Money } from './Money';
import { LoadNote, Panel } from './Panel';

const reasonNames = {
  'batch-payment': 'batch payment',
  'invalid-iban': 'invalid IBAN',
  'invalid-currency': 'invalid currency',
  malformed: 'malformed',
} as const;
/** The table's own state: which records, in which order, from which row. */
export interface TransactionsQuery {
  readonly status: 'all' | 'valid' | 'quarantined';
  readonly sort: 'ts' | 'amount';
  readonly order: 'asc' | 'desc';
  readonly offset: number;
}

export const transactionsPageSize = 50;
const initialQuery: TransactionsQuery = { status: 'all', sort: 'ts', order: 'desc', offset: 0 };

type SetQuery = (change: Partial<TransactionsQuery>) => void;

const statusChoices: readonly TransactionsQuery['status'][] = ['all', 'valid', 'quarantined'];

function original(line: TransactionLine): string {
  if (line.amount === null) return '—';
  // A currency that is not ISO 4217 (a quarantined record) cannot go through Intl's currency style.
  try {
    return formatMoney(line.amount, line.currency);
  } catch {
    return `${line.amount.toFixed(2)} ${line.currency}`;
  }
}

function Row({ line, currency }: { readonly line: TransactionLine; readonly currency: string }) {
  const other = line.direction === 'in' ? line.payer : line.beneficiary;
  const sign = line.direction === 'out' ? -1 : 1;
  return (
    <tr className={line.status === 'quarantined' ? 'row--quarantined' : undefined}>
      <td className="mono">{line.ts.replace('T', ' ').replace(/Z$/, '')}</td>
      <td className="dim">{line.source.toUpperCase()}</td>
      <td>{line.direction === 'in' ? 'from' : line.direction === 'out' ? 'to' : 'own'}</td>
      <td className="mono">
        {line.direction === 'own'
          ? `${formatIban(line.payer)} → ${formatIban(line.beneficiary)}`
          : formatIban(other)}
      </td>
      <td className="num">{original(line)}</td>
      <td className="num">
        {line.converted === null ? (
          <span className="dim">no rate</span>
        ) : (
          <Money amount={sign * line.converted} currency={currency} signed />
        )}
      </td>
      <td>
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
      </td>
    </tr>
  );
}

interface SortHeaderProps {
  readonly label: string;
  readonly sort: TransactionsQuery['sort'];
  readonly query: TransactionsQuery;
  readonly setQuery: SetQuery;
}

function SortHeader({ label, sort, query, setQuery }: SortHeaderProps) {
  const sorted = query.sort === sort;
  return (
    <button
      type="button"
      className="sort-button"
      onClick={() => {
        setQuery({ sort, order: sorted && query.order === 'desc' ? 'asc' : 'desc' });
      }}
    >
      {label}
      <span className="sort-button__mark" aria-hidden="true">
        {sorted ? (query.order === 'asc' ? '▲' : '▼') : ''}
      </span>
    </button>
  );
}

interface TableProps {
  readonly page: TransactionsPage;
  readonly query: TransactionsQuery;
  readonly setQuery: SetQuery;
}

function Table({ page, query, setQuery }: TableProps) {
  const last = Math.min(page.offset + page.transactions.length, page.total);
  return (
    <>
      <table className="grid-table grid-table--dense" aria-label="Transactions">
        <thead>
          <tr>
            <th scope="col">
              <SortHeader label="Time (UTC)" sort="ts" query={query} setQuery={setQuery} />
            </th>
            <th scope="col">Source</th>
            <th scope="col">Dir.</th>
            <th scope="col">Counterparty</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col" className="num" title="Sorts by the amount converted into the reporting currency">
              <SortHeader label={page.currency} sort="amount" query={query} setQuery={setQuery} />
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {page.transactions.map((line) => (
            <Row
              key={`${line.source}-${line.id}-${line.ts}-${line.payer}-${line.beneficiary}-${String(line.amount)}`}
              line={line}
              currency={page.currency}
            />
          ))}
        </tbody>
      </table>
      {page.total === 0 && <p className="note">No transactions in this range.</p>}
      <div className="table-footer">
        <span>
          {page.total === 0
            ? 'None'
            : `${formatCount(page.offset + 1)}–${formatCount(last)} of ${formatCount(page.total)}`}
        </span>
        <span className="pager">
          <button
            type="button"
            className="button"
            disabled={page.offset === 0}
            onClick={() => {
              setQuery({ offset: Math.max(0, page.offset - transactionsPageSize) });
            }}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="button"
            disabled={last >= page.total}
            onClick={() => {
              setQuery({ offset: page.offset + transactionsPageSize });
            }}
          >
            Next →
          </button>
        </span>
      </div>
    </>
  );
}

export function TransactionsPanel({ scope }: { readonly scope: CompanyScope }) {
  // The table's state belongs to the range it was set for: a new range starts on its first page.
  const rangeKey = `${scope.from} ${scope.to}`;
  const [state, setState] = useState({ rangeKey, query: initialQuery });
  const query = state.rangeKey === rangeKey ? state.query : { ...state.query, offset: 0 };
  const setQuery: SetQuery = (change) => {
    // Any change but paging itself goes back to the first page.
    setState({ rangeKey, query: { ...query, offset: 0, ...change } });
  };
  const { companyId, from, to, currency } = scope;
  const transactions = loadOf(
    useContractQuery(
      'companyTransactions',
      { companyId, from, to, currency, ...query, limit: transactionsPageSize },
      { keepPrevious: sameCompany(companyId) },
    ),
  );
  return (
    <Panel
      title="Transactions"
      actions={
        <div className="segmented" role="group" aria-label="Transaction status">
          {statusChoices.map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={query.status === choice}
              onClick={() => {
                setQuery({ status: choice });
              }}
            >
              {choice === 'all' ? 'All' : choice === 'valid' ? 'Valid' : 'Quarantined'}
            </button>
          ))}
        </div>
      }
    >
      {transactions.status === 'ready' ? (
        <Table page={transactions.value} query={query} setQuery={setQuery} />
      ) : (
        <LoadNote load={transactions} />
      )}
    </Panel>
  );
}
