/**
 * A monthly roll-up of the daily flows, kept by the writer beside them (flow-deltas.ts), so a
 * multi-year balance reads one row per month and currency for whole months and daily rows only for
 * the partial months at its ends. `month` is the number of the month's first UTC day. A database
 * synced before this migration gets it from its daily aggregates here. (Counterparty countries get
 * no roll-up: an account's rows per month, country and currency are nearly as many as per day, so
 * it would cost ~15 % of the database for a 10 % faster query; measured in docs/benchmarks.md.)
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
    INSERT INTO monthly_flow
      SELECT iban, ${month}, currency, sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)
      FROM daily_flow GROUP BY 1, 2, 3;
  `,
};
