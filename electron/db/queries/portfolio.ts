/** Reads for the portfolio: the running totals of every company account in one pass. */
import type { ReadableDb } from '../connection';

/** Account, currency and net cents; plain arrays, as a portfolio reads one per account and currency. */
export type AccountTotalRow = readonly [iban: string, currency: string, netCents: number];

/** Every account's running net per currency, by account and currency. */
export function allAccountTotals(db: ReadableDb): AccountTotalRow[] {
  return db
    .prepare('SELECT iban, currency, in_cents - out_cents FROM account_total ORDER BY iban, currency')
    .raw()
    .all() as AccountTotalRow[];
}

/**
 * A value that changes whenever the database may have changed: `data_version` moves when another
 * connection commits (the sync worker), `total_changes()` when this one writes (settings).
 */
export function databaseVersion(db: ReadableDb): string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const ownChanges = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${dataVersion}:${ownChanges}`;
}

/**
 * Net cents per account and currency over an inclusive day range, for every account: the running
 * totals split by rate period when rates are applied per date. A pass over the daily aggregates.
 */
export function allAccountNetsBetween(db: ReadableDb, fromDay: number, toDay: number): AccountTotalRow[] {
  return db
    .prepare(
      `SELECT iban, currency, SUM(in_cents - out_cents) FROM daily_country_flow
       WHERE day BETWEEN ? AND ? GROUP BY iban, currency`,
    )
    .raw()
    .all(fromDay, toDay) as AccountTotalRow[];
}
