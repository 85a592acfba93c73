/**
 * Analyst settings as stored: key/value settings (JSON text values), rate overrides of both
 * reporting currencies, and opening balances with the company owning each account.
 */
import type { ReportingCurrency } from '../../../shared/domain';
import type { OpeningBalance, RateOverride } from '../../../shared/settings';
import type { ReadableDb } from '../connection';

/** Keys of the `setting` table. `strictIban` is also read by the sync when it classifies records. */
export type SettingKey =
  | 'reportingCurrency'
  | 'strictIban'
  | 'debitRate'
  | 'creditRate'
  | 'eurRateConvention'
  | 'usdRateConvention'
  | 'ratePolicy'
  | 'excludeDuplicates';

/** The stored values, parsed from JSON; unreadable values are left out (the default applies). */
export function loadSettingValues(db: ReadableDb): Map<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM setting').raw().all() as [string, string][];
  const values = new Map<string, unknown>();
  for (const [key, text] of rows) {
    try {
      values.set(key, JSON.parse(text) as unknown);
    } catch {
      // A value written by hand or by an older app: ignore it rather than fail every figure.
    }
  }
  return values;
}

export function loadAllRateOverrides(db: ReadableDb): RateOverride[] {
  return db
    .prepare('SELECT currency, reporting, rate FROM rate_override ORDER BY reporting, currency')
    .all() as RateOverride[];
}

export function loadAllOpeningBalances(db: ReadableDb): OpeningBalance[] {
  return db
    .prepare(
      `SELECT o.iban, o.reporting, o.amount, a.company_id AS companyId
       FROM opening_balance o JOIN account a ON a.iban = o.iban ORDER BY a.company_id, o.iban, o.reporting`,
    )
    .all() as OpeningBalance[];
}

/** Opening balances of every account in one reporting currency (for the portfolio). */
export function openingBalancesIn(db: ReadableDb, reporting: ReportingCurrency): Map<string, number> {
  const rows = db
    .prepare('SELECT iban, amount FROM opening_balance WHERE reporting = ?')
    .raw()
    .all(reporting) as [string, number][];
  return new Map(rows);
}

export function accountExists(db: ReadableDb, iban: string): boolean {
  return db.prepare('SELECT 1 FROM account WHERE iban = ?').pluck().get(iban) !== undefined;
}
