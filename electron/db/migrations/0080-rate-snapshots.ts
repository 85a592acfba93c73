/**
 * Rates over time (docs/domain.md "Money and currency"): every sync keeps the rate table it
 * received under the UTC day it was received, so conversion can use the snapshot in force on a
 * transaction's day. A database synced before this migration keeps its current table as the
 * first snapshot, dated the day of the migration (the best that is known about it).
 */
import type { Migration } from './migration';

export const rateSnapshots: Migration = {
  version: 80,
  name: 'rate-snapshots',
  sql: `
    CREATE TABLE rate_snapshot (
      day INTEGER NOT NULL,
      currency TEXT NOT NULL,
      usd_rate REAL NOT NULL,
      eur_rate REAL NOT NULL,
      PRIMARY KEY (day, currency)
    ) WITHOUT ROWID;
    INSERT INTO rate_snapshot (day, currency, usd_rate, eur_rate)
      SELECT CAST(unixepoch('now') / 86400 AS INTEGER), currency, usd_rate, eur_rate FROM rate;
  `,
};
