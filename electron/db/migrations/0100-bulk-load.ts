/**
 * A first sync loads transactions in bulk (docs/architecture.md "Sync"): the transaction table's
 * secondary indexes are dropped while it fills and rebuilt after the load, and batch-payment
 * groups and aggregates are computed once, set-based, at its end. `bulk_load` says a load is under
 * way (so a sync that resumes after a crash finishes it) and keeps the definitions of the indexes
 * it dropped, to build exactly those again.
 */
import type { Migration } from './migration';

export const bulkLoad: Migration = {
  version: 100,
  name: 'bulk-load',
  sql: `
    CREATE TABLE bulk_load (
      index_name TEXT PRIMARY KEY,
      index_sql TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
