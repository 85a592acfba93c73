/**
 * The company's transactions over the range, valid and quarantined (with the reason), amounts as
 * received and converted: filtered (status, direction, counterparty, currency, amount, text), sorted
 * by time or converted amount, scrolled as one virtualised table, each row opening its details.
 */
import { useState } from 'react';
import type { TransactionLine } from '../../../shared/analytics';
import { formatCount } from '../../../shared/format';
import type { CompanyScope } from '../data/company';
import { loadOf } from '../data/hooks';
import { initialTransactionsQuery, useTransactionWindow, type TransactionsQuery } from '../data/transactions';
import { useDebounced } from '../hooks/use-debounced';
import { usePaintMark } from '../perf/paint-marks';
import { LoadNote, Panel } from './Panel';
import { TransactionDrawer } from './transactions/TransactionDrawer';
import { TransactionFilters, TransactionStatus } from './transactions/TransactionFilters';
import { TransactionsTable } from './transactions/TransactionsTable';
import '../styles/transactions.css';

/** Typing in a filter asks after a pause, not on every key. */
const typingPauseMs = 250;

export function TransactionsPanel({ scope }: { readonly scope: CompanyScope }) {
  const [query, setQuery] = useState<TransactionsQuery>(initialTransactionsQuery);
  const [visible, setVisible] = useState<readonly number[]>([]);
  const [opened, setOpened] = useState<TransactionLine | null>(null);
  const asked = useDebounced(query, typingPauseMs);
  // Choices (status, sort, direction) apply at once; typed text after the pause.
  const effective = {
    ...asked,
    status: query.status,
    sort: query.sort,
    order: query.order,
    direction: query.direction,
  };
  const window = useTransactionWindow(scope, effective, visible);
  const change = (update: Partial<TransactionsQuery>) => {
    setQuery({ ...query, ...update });
  };
  const page = window.first.data;
  usePaintMark(`transactions:${scope.companyId}`, page?.companyId === scope.companyId);
  return (
    <Panel title="Transactions" actions={<TransactionStatus query={query} onChange={change} />}>
      <TransactionFilters query={query} onChange={change} reportingCurrency={scope.currency} />
      {page === undefined ? (
        <LoadNote load={loadOf(window.first)} />
      ) : (
        <div className="txn-body">
          <div className="txn-main">
            {page.total === 0 ? (
              <p className="note">No transactions match in this range.</p>
            ) : (
              <TransactionsTable
                // A new answer (range, filter, sort) starts at the top.
                key={JSON.stringify([scope, effective])}
                total={page.total}
                currency={page.currency}
                query={query}
                onChange={change}
                line={window.line}
                onVisible={setVisible}
                onOpen={setOpened}
              />
            )}
            <div className="table-footer">
              <span aria-live="polite">{formatCount(page.total)} transactions</span>
              {window.error !== null && <span className="note--error">{window.error.message}</span>}
            </div>
          </div>
          {opened !== null && (
            <TransactionDrawer
              line={opened}
              currency={page.currency}
              onClose={() => {
                setOpened(null);
              }}
            />
          )}
        </div>
      )}
    </Panel>
  );
}
