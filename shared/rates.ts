/**
 * How the rate table was read and which factor each converted figure used (docs/domain.md "Money
 * and currency"): the convention of each column, the EUR↔USD cross rate, the factor per currency
 * with where it came from, the snapshot policy and date, and plausibility warnings. Every result
 * with converted figures carries one of these, so a figure can always say how it was converted.
 */
import type { ReportingCurrency } from './domain';

export type RateColumn = 'eurRate' | 'usdRate';
/** "multiply": the cell is R per unit of C. "divide": the cell is units of C per R. */
export type RateConvention = 'multiply' | 'divide';
export const rateConventions: readonly RateConvention[] = ['multiply', 'divide'];
/** What the analyst chose for a column: infer it from the table, or a fixed convention. */
export type ConventionSetting = 'auto' | RateConvention;
/** Which snapshot converts a transaction: the latest one, or the one in force on its day. */
export type RatePolicy = 'current' | 'per-date';
export const ratePolicies: readonly RatePolicy[] = ['current', 'per-date'];

export interface ColumnReading {
  readonly convention: RateConvention;
  /** True when the convention was inferred from the table, false when the analyst set it. */
  readonly inferred: boolean;
}

export interface RateUsed {
  readonly currency: string;
  /** Units of the reporting currency per unit of `currency`. */
  readonly factor: number;
  readonly source: 'identity' | 'table' | 'cross-rate' | 'override';
  /** The convention the table cell was read in (null for identity, cross rate and overrides). */
  readonly convention: RateConvention | null;
  /** The table cell as received, when the factor comes from the table. */
  readonly tableValue: number | null;
}

export type RateReadingWarning =
  /** An EUR or USD row whose identity cell is not 1, or whose cross cell contradicts the other rows. */
  | {
      readonly kind: 'row-ignored';
      readonly currency: 'EUR' | 'USD';
      readonly reason: 'identity-not-one' | 'contradicts-cross-rate';
    }
  /** A factor more than 25 % away from what the other column and the cross rate imply. */
  | {
      readonly kind: 'implausible';
      readonly currency: string;
      readonly factor: number;
      readonly expected: number;
      readonly deviation: number;
    }
  /** A factor that would make one unit of the currency worth more than any real currency unit is. */
  | { readonly kind: 'unit-value'; readonly currency: string; readonly factor: number };

export interface ConversionInfo {
  readonly reporting: ReportingCurrency;
  readonly policy: RatePolicy;
  /** The day of the snapshot the factors below come from (`YYYY-MM-DD`), null when unknown. */
  readonly asOf: string | null;
  /** Days of every stored snapshot, oldest first (per-date conversion picks among these). */
  readonly snapshots: readonly string[];
  readonly conventions: { readonly eurRate: ColumnReading; readonly usdRate: ColumnReading };
  /** EUR per USD as used, and where it came from; null when nothing gives one. */
  readonly eurPerUsd: number | null;
  readonly crossSource: 'row' | 'median' | 'override' | null;
  /** Rows whose implied cross rate entered the median, and their spread (max/min − 1). */
  readonly crossRows: number;
  readonly crossSpread: number | null;
  readonly rates: readonly RateUsed[];
  readonly warnings: readonly RateReadingWarning[];
}
