/**
 * Reading the rate table (docs/domain.md "Money and currency"), pure. The bank's table mixes
 * conventions per column, so each column's convention is inferred from the table itself:
 *
 * - every ISO row other than EUR and USD implies an EUR-per-USD cross rate (its EUR value over its
 *   USD value); under the right reading those implied rates agree, under a wrong one they scatter
 *   by orders of magnitude. The reading with the smallest scatter (mean absolute log deviation
 *   from the median) wins;
 * - flipping both columns inverts every implied rate and leaves the scatter unchanged, so ties are
 *   broken by plausibility (no currency unit is worth more than `maxUnitValue` EUR or USD), then by
 *   preferring "multiply" (the usual convention), so a sane all-multiply table stays multiply;
 * - the EUR↔USD rate comes from the EUR/USD rows only when their identity cells are 1 and they
 *   agree with the other rows' median cross rate; otherwise those rows are ignored with a warning
 *   and the median is used.
 */
import type { ExchangeRate } from '../../shared/domain';
import type {
  ColumnReading,
  ConventionSetting,
  RateColumn,
  RateConvention,
  RateReadingWarning,
} from '../../shared/rates';
import { rateConventions } from '../../shared/rates';
import { isIsoCurrency } from '../../shared/rules/currency';

/** A unit of a real currency is worth at most a few EUR or USD (KWD ≈ 3.3 USD); 10 leaves room. */
export const maxUnitValue = 10;
/** How far an EUR/USD row may stray from the median cross rate and still be used. */
export const crossRowTolerance = 0.1;

export interface ConventionChoice {
  readonly eurRate: ConventionSetting;
  readonly usdRate: ConventionSetting;
}

export interface TableReading {
  readonly conventions: { readonly eurRate: ColumnReading; readonly usdRate: ColumnReading };
  /** EUR per USD from the table (the USD row, else the EUR row, else the median), null when none. */
  readonly eurPerUsd: number | null;
  /**
   * USD per EUR: the EUR row's usd_rate cell when that row is usable, else 1 / eurPerUsd. A sane
   * table thus converts each way with its own cell, as it always did.
   */
  readonly usdPerEur: number | null;
  readonly crossSource: 'row' | 'median' | null;
  readonly crossRows: number;
  readonly crossSpread: number | null;
  readonly warnings: readonly RateReadingWarning[];
}

/** Value of one unit of the row's currency in the column's currency, under a convention. */
export function unitValue(cell: number, convention: RateConvention): number {
  return convention === 'multiply' ? cell : 1 / cell;
}

function usable(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Rows that say something about the cross rate: ISO codes other than EUR and USD, both cells usable. */
function crossCandidates(table: readonly ExchangeRate[]): ExchangeRate[] {
  return table.filter(
    (row) =>
      row.currency !== 'EUR' &&
      row.currency !== 'USD' &&
      isIsoCurrency(row.currency) &&
      usable(row.eurRate) &&
      usable(row.usdRate),
  );
}

function impliedEurPerUsd(row: ExchangeRate, eur: RateConvention, usd: RateConvention): number {
  return unitValue(row.eurRate, eur) / unitValue(row.usdRate, usd);
}

interface Candidate {
  readonly eur: RateConvention;
  readonly usd: RateConvention;
  readonly scatter: number;
  readonly implausible: number;
  readonly multiplies: number;
}

function score(rows: readonly ExchangeRate[], eur: RateConvention, usd: RateConvention): Candidate {
  const logs = rows.map((row) => Math.log(impliedEurPerUsd(row, eur, usd)));
  const center = median(logs) ?? 0;
  const scatter =
    logs.length === 0 ? 0 : logs.reduce((sum, v) => sum + Math.abs(v - center), 0) / logs.length;
  let implausible = 0;
  for (const row of rows) {
    if (unitValue(row.eurRate, eur) > maxUnitValue) implausible += 1;
    if (unitValue(row.usdRate, usd) > maxUnitValue) implausible += 1;
  }
  const multiplies = (eur === 'multiply' ? 1 : 0) + (usd === 'multiply' ? 1 : 0);
  // Scatter is compared at a precision that treats a reading and its mirror image as the tie they are.
  return { eur, usd, scatter: Math.round(scatter * 1e9) / 1e9, implausible, multiplies };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.scatter !== b.scatter) return a.scatter < b.scatter;
  if (a.implausible !== b.implausible) return a.implausible < b.implausible;
  return a.multiplies > b.multiplies;
}

function options(setting: ConventionSetting): readonly RateConvention[] {
  return setting === 'auto' ? rateConventions : [setting];
}

export function readRateTable(table: readonly ExchangeRate[], choice: ConventionChoice): TableReading {
  const rows = crossCandidates(table);
  let best: Candidate | null = null;
  for (const eur of options(choice.eurRate))
    for (const usd of options(choice.usdRate)) {
      const candidate = score(rows, eur, usd);
      if (best === null || better(candidate, best)) best = candidate;
    }
  const eur = best?.eur ?? 'multiply';
  const usd = best?.usd ?? 'multiply';
  const implied = rows.map((row) => impliedEurPerUsd(row, eur, usd));
  const center = median(implied);
  const warnings: RateReadingWarning[] = [];

  // What the EUR/USD rows say, each only when its identity cell is 1 and it agrees with the median.
  const fromRow = (currency: 'EUR' | 'USD'): number | null => {
    const row = table.find((r) => r.currency === currency);
    if (row === undefined) return null;
    const identity = currency === 'EUR' ? row.eurRate : row.usdRate;
    const cross = currency === 'EUR' ? row.usdRate : row.eurRate;
    if (Math.abs(identity - 1) > 1e-9 || !usable(cross)) {
      warnings.push({ kind: 'row-ignored', currency, reason: 'identity-not-one' });
      return null;
    }
    const eurPerUsd = currency === 'USD' ? unitValue(cross, eur) : 1 / unitValue(cross, usd);
    if (
      center !== null &&
      Math.max(eurPerUsd, center) / Math.min(eurPerUsd, center) - 1 > crossRowTolerance
    ) {
      warnings.push({ kind: 'row-ignored', currency, reason: 'contradicts-cross-rate' });
      return null;
    }
    return eurPerUsd;
  };
  const usdRow = fromRow('USD');
  const eurRow = fromRow('EUR');
  const rowRate = usdRow ?? eurRow;
  const eurPerUsd = rowRate ?? center;
  return {
    conventions: {
      eurRate: { convention: eur, inferred: choice.eurRate === 'auto' },
      usdRate: { convention: usd, inferred: choice.usdRate === 'auto' },
    },
    eurPerUsd,
    usdPerEur: eurRow !== null ? 1 / eurRow : eurPerUsd === null ? null : 1 / eurPerUsd,
    crossSource: rowRate !== null ? 'row' : center !== null ? 'median' : null,
    crossRows: implied.length,
    crossSpread: implied.length === 0 ? null : Math.max(...implied) / Math.min(...implied) - 1,
    warnings,
  };
}

/** The factor a column cell gives for converting its row's currency into the column's currency. */
export function cellFactor(row: ExchangeRate, column: RateColumn, convention: RateConvention): number | null {
  const cell = row[column];
  return usable(cell) ? unitValue(cell, convention) : null;
}
