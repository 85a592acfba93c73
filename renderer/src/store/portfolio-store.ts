/**
 * The portfolio table's UI state: its query (filter, the "went overdrawn" range, sort, name text,
 * how many rows) and the row the keyboard is on. The answer lives in the query cache
 * (data/portfolio); sorting and filtering happen in the service, over every company.
 */
import { create } from 'zustand';
import type { PortfolioFilter, PortfolioSort } from '../../../shared/portfolio';

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
  readonly setQuery: (change: Partial<PortfolioQuery>) => void;
  /** Sorting by the current column flips the order; a new column starts with its natural order. */
  readonly sortBy: (sort: PortfolioSort) => void;
  /** The row the roving tab stop is on (kept when a company opens, so coming back lands there). */
  readonly activeCompany: number | null;
  readonly setActiveCompany: (companyId: number) => void;
}

export const usePortfolioStore = create<PortfolioState>()((set) => ({
  query: initialPortfolioQuery,
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
}));
