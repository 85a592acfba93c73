/**
 * The portfolio table's query (filter, the "went overdrawn" range, sort, name text, how many rows),
 * its answer, and the row the keyboard is on. Sorting and filtering happen in the service, over
 * every company, not over the rows already on screen.
 */
import { create } from 'zustand';
import type { ReportingCurrency } from '../../../shared/domain';
import type { PortfolioFilter, PortfolioResult, PortfolioSort } from '../../../shared/portfolio';
import { getApi } from '../api/client';
import { idle, settle, type Load } from './load';

export interface PortfolioQuery {
  readonly filter: PortfolioFilter;
  readonly sort: PortfolioSort;
  readonly order: 'asc' | 'desc';
  readonly text: string;
  readonly limit: number;
  /** The "went overdrawn" range; null: the service's default (the 30 days to the last synced day). */
  readonly range: { readonly from: string; readonly to: string } | null;
}

/** Rows per page; "Show more" adds another page. */
export const portfolioPage = 100;
/** Days of each row's sparkline. */
export const sparkDays = 90;

/** Opens on the companies that owe the most: what an analyst checks first. */
export const initialPortfolioQuery: PortfolioQuery = {
  filter: 'all',
  sort: 'debt',
  order: 'desc',
  text: '',
  limit: portfolioPage,
  range: null,
};

interface PortfolioState {
  readonly query: PortfolioQuery;
  readonly result: Load<PortfolioResult>;
  /** The row the roving tab stop is on (kept when a company opens, so coming back lands there). */
  readonly activeCompany: number | null;
  readonly setActiveCompany: (companyId: number) => void;
  readonly setQuery: (change: Partial<PortfolioQuery>) => void;
  /** Sorting by the current column flips the order; a new column starts with its natural order. */
  readonly sortBy: (sort: PortfolioSort) => void;
  readonly load: (currency: ReportingCurrency) => Promise<void>;
}

let ticket = 0;

export const usePortfolioStore = create<PortfolioState>()((set, get) => ({
  query: initialPortfolioQuery,
  result: idle,
  activeCompany: null,
  setActiveCompany: (companyId) => {
    set({ activeCompany: companyId });
  },
  setQuery: (change) => {
    set(({ query }) => ({ query: { ...query, limit: portfolioPage, ...change } }));
  },
  sortBy: (sort) => {
    set(({ query }) => ({
      query: {
        ...query,
        sort,
        order:
          query.sort === sort
            ? query.order === 'asc'
              ? 'desc'
              : 'asc'
            : sort === 'name' || sort === 'companyId'
              ? 'asc'
              : 'desc',
      },
    }));
  },
  load: async (currency) => {
    const mine = ++ticket;
    const { filter, sort, order, text, limit, range } = get().query;
    // Keep the rows on screen while a new sort or filter loads: the table does not jump to empty.
    if (get().result.status !== 'ready') set({ result: { status: 'loading' } });
    const result = await settle(
      getApi().portfolio({
        currency,
        filter,
        sort,
        order,
        limit,
        sparkDays,
        ...(text.trim() === '' ? {} : { text: text.trim() }),
        ...(filter === 'went-overdrawn' && range !== null ? range : {}),
      }),
    );
    if (mine === ticket) set({ result });
  },
}));
