/**
 * Monthly roll-ups of the daily aggregates, kept by the writer beside them (flow-deltas.ts), so a
 * multi-year balance or countries query reads one row per month and currency for whole months and
 * daily rows only for the partial months at its ends. `month` is the number of the month's first
 * UTC day. A database synced before this migration gets them from its daily aggregates here.
 */
import type { Migration } from './migration';

const month = "CAST(unixepoch(date(day * 86400, 'unixepoch', 'start of month')) / 86400 AS INTEGER)";

export const monthlyRollups: Migration = {
  version: 110,
  name: 'monthly-rollups',
  sql: `
    CREATE TABLE monthly_flow (
      iban TEXT NOT NULL,
      month INTEGER NOT NULL,
      currency TEXT NOT NULL,
      in_cents INTEGER NOT NULL,
      out_cents INTEGER NOT NULL,
      in_count INTEGER NOT NULL,
      out_count INTEGER NOT NULL,
      PRIMARY KEY (iban, month, currency)
    ) WITHOUT ROWID;
    CREATE TABLE monthly_country_flow (
      iban TEXT NOT NULL,
      month INTEGER NOT NULL,
      country TEXT NOT NULL,
      currency TEXT NOT NULL,
      in_cents INTEGER NOT NULL,
      out_cents INTEGER NOT NULL,
      in_count INTEGER NOT NULL,
      out_count INTEGER NOT NULL,
      PRIMARY KEY (iban, month, country, currency)
    ) WITHOUT ROWID;
    INSERT INTO monthly_flow
      SELECT iban, ${month}, currency, sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)
      FROM daily_flow GROUP BY 1, 2, 3;
    INSERT INTO monthly_country_flow
      SELECT iban, ${month}, country, currency, sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)
      FROM daily_country_flow GROUP BY 1, 2, 3, 4;
  `,
};
