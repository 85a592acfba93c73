/**
 * Currency conversion (domain.md "Money and currency"): the factor from a transaction currency into
 * the reporting currency is 1 for the same currency (the table is not consulted), else the analyst's
 * override, else the rate table's column for the reporting currency. A currency without any of
 * these cannot be converted and is left out of converted figures.
 */
import type { ReportingCurrency } from '../../shared/domain';
import type { ReadableDb } from '../db/connection';
import { loadRateOverrides, loadRates } from '../db/queries/rates';

export interface Conversion {
  readonly reporting: ReportingCurrency;
  /** The factor for a currency, or null when no rate exists. */
  factor(currency: string): number | null;
  /** Converts integer cents of `currency` into the reporting currency; null when unconvertible. */
  convertCents(cents: number, currency: string): number | null;
}

export function createConversion(
  reporting: ReportingCurrency,
  table: ReadonlyMap<string, number>,
  overrides: ReadonlyMap<string, number>,
): Conversion {
  const factor = (currency: string): number | null => {
    if (currency === reporting) return 1;
    return overrides.get(currency) ?? table.get(currency) ?? null;
  };
  return {
    reporting,
    factor,
    convertCents(cents, currency) {
      const rate = factor(currency);
      return rate === null ? null : (cents / 100) * rate;
    },
  };
}

export function loadConversion(db: ReadableDb, reporting: ReportingCurrency): Conversion {
  const column = reporting === 'EUR' ? 'eurRate' : 'usdRate';
  const table = new Map(loadRates(db).map((rate) => [rate.currency, rate[column]] as const));
  return createConversion(reporting, table, loadRateOverrides(db, reporting));
}
