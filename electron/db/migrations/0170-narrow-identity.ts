/**
 * A narrow identity index (docs/architecture.md "Database", docs/benchmarks.md). The unique index
 * over (time, source, id, payer, beneficiary, amount) copied the record's widest columns: 82 of the
 * 279 bytes a stored record cost. Its replacement holds the time, a 32-bit hash of source, id and
 * parties (`ident`, txn-ident.ts) and the amount; the writer compares the columns themselves on
 * every match (txn-insert.ts), so the hash narrows and never decides.
 *
 * Existing records get their hash here, in one pass that rewrites the table. The old index goes
 * even where a bulk load under way dropped it already (an app of this schema keeps the identity
 * index through a load, so it never sits in `bulk_load`; removing it there is for safety). The
 * triggers that find a record's possible duplicates look them up by time, the new index's first
 * column, as they did by the old one's.
 */
import type Database from 'better-sqlite3';
import { registerTxnIdent } from '../txn-ident';
import type { Migration } from './migration';

function fill(db: Database.Database): void {
  registerTxnIdent(db);
  db.exec('UPDATE txn SET ident = txn_ident(source, ext_id, payer, beneficiary)');
  db.exec('CREATE INDEX ix_txn_identity ON txn (ts_ms, ident, amount_cents)');
}

export const narrowIdentity: Migration = {
  version: 170,
  name: 'narrow-identity',
  sql: `
    ALTER TABLE txn ADD COLUMN ident INTEGER NOT NULL DEFAULT 0;
    DROP INDEX IF EXISTS ux_txn_identity;
    DELETE FROM bulk_load WHERE index_name = 'ux_txn_identity';
  `,
  fill,
};
