/**
 * The portfolio (the app's home screen): every company with its current balance, debt, credit and
 * 30-day net flow, filterable by "overdrawn now" and "went overdrawn in the range", sortable, paged.
 */
import { z } from 'zod';
import type { Converted, RangeBounds } from './analytics';
import type { ReportingCurrency } from './domain';
import { day, reportingCurrency } from './schemas';

export const portfolioFilters = ['all', 'overdrawn-now', 'went-overdrawn'] as const;
export type PortfolioFilter = (typeof portfolioFilters)[number];
export const portfolioSorts = ['companyId', 'name', 'balance', 'debt', 'credit', 'netFlow30'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

export const portfolioArgument = z
  .object({
    currency: reportingCurrency,
    filter: z.enum(portfolioFilters).default('all'),
    /** Range for "went overdrawn"; defaults to the 30 days ending at the last synced day. */
    from: day.optional(),
    to: day.optional(),
    /** Case-insensitive part of the company name. */
    text: z.string().max(200).optional(),
    sort: z.enum(portfolioSorts).default('debt'),
    order: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(20_000).default(100),
    /** Days of end-of-day balances per returned row (a sparkline); 0 leaves them out. */
    sparkDays: z.number().int().min(0).max(366).optional(),
  })
  .strict()
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  })
  // No argument at all means every default (the home screen's first view).
  .prefault({});

export interface PortfolioRow {
  readonly companyId: number;
  readonly name: string;
  readonly balance: number;
  readonly debt: number;
  readonly credit: number;
  /** Net flow of the 30 days ending at the last synced day. */
  readonly netFlow30: number;
  readonly overdrawnNow: boolean;
  /** Some account ended a day of the range below zero. */
  readonly wentOverdrawn: boolean;
  /** End-of-day balances of the last `sparkDays` synced days, oldest first (only when asked). */
  readonly spark?: readonly number[];
}

/** Sums over every company matching the filter (not only the page shown). */
export interface PortfolioTotals {
  readonly balance: number;
  readonly debt: number;
  readonly credit: number;
}

export interface PortfolioResult extends RangeBounds, Converted {
  readonly currency: ReportingCurrency;
  /** Last synced day the current figures are at, or null when nothing is synced. */
  readonly asOf: string | null;
  readonly from: string | null;
  readonly to: string | null;
  /** Companies matching the filter (before paging). */
  readonly total: number;
  /** Across all companies, before filtering. */
  readonly overdrawnNowCount: number;
  readonly totals: PortfolioTotals;
  readonly rows: readonly PortfolioRow[];
}
