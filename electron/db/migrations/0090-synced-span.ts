/**
 * The synced span per transaction source: first and last UTC day of anything the source delivered
 * (docs/domain.md "Balances": every range is cut to it). Kept by the ingester page by page, so
 * reading it never touches the transaction table; filled here once from what is already stored.
 */
import type { Migration } from './migration';

export const syncedSpan: Migration = {
  version: 90,
  name: 'synced-span',
  sql: `
    CREATE TABLE synced_span (
      source INTEGER PRIMARY KEY CHECK (source IN (0, 1)),
      first_day INTEGER NOT NULL,
      last_day INTEGER NOT NULL
    );
    INSERT INTO synced_span (source, first_day, last_day)
      SELECT source, min(day), max(day) FROM txn WHERE day IS NOT NULL GROUP BY source;
  `,
};
