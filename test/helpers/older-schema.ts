/**
 * Migration tests fill a database of an older schema with today's writer. Since migration 0170 the
 * writer stores each record's `ident` (electron/db/txn-ident.ts), a column the older schemas lack:
 * it is added for the write and dropped after it, which leaves the table as the writer of that
 * schema left it, with the records its own ingester would have stored.
 */
import type { WritableDb } from '../../electron/db/connection';

export function writeAtOlderSchema<T>(db: WritableDb, write: () => T): T {
  db.exec('ALTER TABLE txn ADD COLUMN ident INTEGER NOT NULL DEFAULT 0');
  try {
    return write();
  } finally {
    db.exec('ALTER TABLE txn DROP COLUMN ident');
  }
}
