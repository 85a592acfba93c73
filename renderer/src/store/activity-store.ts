/**
 * The company view's activity: top counterparties and a page of transactions over the filter's
 * range, with the transaction table's own paging, status filter and sort. Tickets drop answers to
 * older requests.
 */
import { create } from 'zustand';
import type { CounterpartiesResult, TransactionsPage } from '../../../shared/analytics';
import { getApi } from '../api/client';
import type { Filter } from '../filter/filter';
import { idle, settle, type Load } from './load';

export interface TransactionsQuery {
  readonly status: 'all' | 'valid' | 'quarantined';
  readonly sort: 'ts' | 'amount';
  readonly order: 'asc' | 'desc';
  readonly offset: number;
}

export const transactionsPageSize = 50;
export const counterpartyLimit = 12;
export const initialTransactionsQuery: TransactionsQuery = {
  status: 'all',
  sort: 'ts',
  order: 'desc',
  offset: 0,
};

interface ActivityState {
  readonly counterparties: Load<CounterpartiesResult>;
  readonly transactions: Load<TransactionsPage>;
  readonly query: TransactionsQuery;
  /** Any change but paging itself goes back to the first page. */
  readonly setQuery: (change: Partial<TransactionsQuery>) => void;
  readonly loadCounterparties: (filter: Filter) => Promise<void>;
  readonly loadTransactions: (filter: Filter) => Promise<void>;
  readonly reset: () => void;
}

let counterpartyTicket = 0;
let transactionTicket = 0;

export const useActivityStore = create<ActivityState>()((set, get) => ({
  counterparties: idle,
  transactions: idle,
  query: initialTransactionsQuery,
  setQuery: (change) => {
    set(({ query }) => ({ query: { ...query, offset: 0, ...change } }));
  },
  loadCounterparties: async ({ company, range, currency }) => {
    if (company === null || range === null) return;
    const mine = ++counterpartyTicket;
    set({ counterparties: { status: 'loading' } });
    const answer = await settle(
      getApi().companyCounterparties({
        companyId: company,
        from: range.from,
        to: range.to,
        currency,
        limit: counterpartyLimit,
      }),
    );
    if (mine === counterpartyTicket) set({ counterparties: answer });
  },
  loadTransactions: async ({ company, range, currency }) => {
    if (company === null || range === null) return;
    const mine = ++transactionTicket;
    const { status, sort, order, offset } = get().query;
    if (get().transactions.status !== 'ready') set({ transactions: { status: 'loading' } });
    const answer = await settle(
      getApi().companyTransactions({
        companyId: company,
        from: range.from,
        to: range.to,
        currency,
        status,
        sort,
        order,
        offset,
        limit: transactionsPageSize,
      }),
    );
    if (mine === transactionTicket) set({ transactions: answer });
  },
  reset: () => {
    counterpartyTicket += 1;
    transactionTicket += 1;
    set({ counterparties: idle, transactions: idle, query: initialTransactionsQuery });
  },
}));
