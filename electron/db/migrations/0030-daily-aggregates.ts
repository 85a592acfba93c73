/**
 * Daily aggregates of valid transactions per company account, kept in integer cents of the
 * transaction currency so that sums are exact; conversion happens at query time.
 */
import type { Migration } from './migration';

export const dailyAggregates: Migration = {
  version: 30,
  name: 'daily-aggregates',
  sql: `
    CREATE TABLE daily_flow (
      iban TEXT NOT NULL,
      day INTEGER NOT NULL,
      currency TEXT NOT NULL,
      in_cents INTEGER NOT NULL,
      out_cents INTEGER NOT NULL,
      in_count INTEGER NOT NULL,
      out_count INTEGER NOT NULL,
      PRIMARY KEY (iban, day, currency)
    ) WITHOUT ROWID;
    CREATE TABLE daily_country_flow (
      iban TEXT NOT NULL,
      day INTEGER NOT NULL,
      country TEXT NOT NULL,
      currency TEXT NOT NULL,
      in_cents INTEGER NOT NULL,
      out_cents INTEGER NOT NULL,
      in_count INTEGER NOT NULL,
      out_count INTEGER NOT NULL,
      PRIMARY KEY (iban, day, country, currency)
    ) WITHOUT ROWID;
    -- Running totals per account and currency: the current balance without summing history.
    CREATE TABLE account_total (
      iban TEXT NOT NULL,
      currency TEXT NOT NULL,
      in_cents INTEGER NOT NULL,
      out_cents INTEGER NOT NULL,
      in_count INTEGER NOT NULL,
      out_count INTEGER NOT NULL,
      PRIMARY KEY (iban, currency)
    ) WITHOUT ROWID;
  `,
};
