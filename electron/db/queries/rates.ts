/** The rate table, analyst overrides and opening balances as stored. */
import type { ExchangeRate, ReportingCurrency } from '../../../shared/domain';
import type { ReadableDb } from '../connection';

export function loadRates(db: ReadableDb): ExchangeRate[] {
  return db
    .prepare('SELECT currency, usd_rate AS usdRate, eur_rate AS eurRate FROM rate ORDER BY currency')
    .all() as ExchangeRate[];
}

export function loadRateOverrides(db: ReadableDb, reporting: ReportingCurrency): Map<string, number> {
  const rows = db
    .prepare('SELECT currency, rate FROM rate_override WHERE reporting = ?')
    .raw()
    .all(reporting) as [string, number][];
  return new Map(rows);
}

export function loadOpeningBalances(
  db: ReadableDb,
  reporting: ReportingCurrency,
  ibans: readonly string[],
): Map<string, number> {
  if (ibans.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT iban, amount FROM opening_balance WHERE reporting = ? AND iban IN (${ibans.map(() => '?').join(',')})`,
    )
    .raw()
    .all(reporting, ...ibans) as [string, number][];
  return new Map(rows);
}

/** Days of the stored rate snapshots, oldest first. */
export function loadSnapshotDays(db: ReadableDb): number[] {
  return db.prepare('SELECT DISTINCT day FROM rate_snapshot ORDER BY day').pluck().all() as number[];
}

/** One stored snapshot of the rate table. */
export function loadSnapshot(db: ReadableDb, day: number): ExchangeRate[] {
  return db
    .prepare(
      'SELECT currency, usd_rate AS usdRate, eur_rate AS eurRate FROM rate_snapshot WHERE day = ? ORDER BY currency',
    )
    .all(day) as ExchangeRate[];
}
