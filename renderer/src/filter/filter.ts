/**
 * The one serializable filter every view reads: which company, which days, which bucket size and
 * which reporting currency. Plain data, so it can be logged, compared and restored as is.
 */
import type { ReportingCurrency } from '../../../shared/domain';
import type { Granularity } from '../../../shared/intervals';

export type RangePreset = '1M' | '3M' | '1Y' | 'All' | 'custom';
export const rangePresets: readonly Exclude<RangePreset, 'custom'>[] = ['1M', '3M', '1Y', 'All'];

export interface DayRange {
  readonly preset: RangePreset;
  /** Inclusive calendar days, `YYYY-MM-DD`, as the contract speaks them. */
  readonly from: string;
  readonly to: string;
}

/** The days a company view can show (see CompanyProfile.dataSpan). */
export interface DataSpan {
  /** First day of the first month with a transaction (the start of preset "All"). */
  readonly first: string;
  /** The last synced day: "current" in docs/domain.md, where presets end. */
  readonly last: string;
}

export interface Filter {
  /** The open company, or null on the home view. */
  readonly company: number | null;
  /** Null until the analyst picks a range: the opening preset over the company's data span applies. */
  readonly range: DayRange | null;
  readonly interval: Granularity;
  /** Whether the analyst picked the interval: a new range then keeps it where the range allows it. */
  readonly intervalChosen: boolean;
  readonly currency: ReportingCurrency;
}

export const initialFilter: Filter = {
  company: null,
  range: null,
  interval: 'month',
  intervalChosen: false,
  currency: 'EUR',
};
