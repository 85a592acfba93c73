/**
 * Bulk loading of a first sync (docs/architecture.md "Sync"). Per record, the page-by-page ingester
 * maintains four secondary indexes, probes for batch-payment siblings and updates two to four
 * aggregate rows; on an empty database all of that can wait until the records are in. A bulk load
 * stores the records with their identity index only (so duplicates still collapse at once), then,
 * in one transaction at its end, finds every batch-payment group with one GROUP BY, builds the
 * aggregates with one GROUP BY per table and the data-quality figures, and builds the dropped
 * indexes (and the triggers that keep those figures) again.
 *
 * The `bulk_load` table marks a load under way and keeps the indexes it dropped: a sync killed in
 * the middle resumes in bulk mode and finishes the load. The result equals a page-by-page sync of
 * the same records (test/integration/sync-bulk-load.test.ts).
 */
import { missingTimestampMs } from '../../../shared/classified-transaction';
import type { WritableDb } from '../connection';
import { reclassifyDuplicates } from './duplicates';
import { forgetRecentFlows, refreshRecentFlows } from './recent-flows';
import { rebuildQualityTallies } from './quality-rebuild';
import { rebuildAggregates } from './rebuild-aggregates';

/** The index that makes duplicates collapse on insert; the only one a bulk load keeps. */
const identityIndex = 'ix_txn_identity';

/** True when an earlier sync started a bulk load that has not been finished yet. */
export function bulkLoadPending(db: WritableDb): boolean {
  return db.prepare('SELECT 1 FROM bulk_load LIMIT 1').get() !== undefined;
}

/**
 * Starts a bulk load when no transaction is stored yet (or resumes an unfinished one): keeps the
 * definitions of the transaction table's secondary indexes and drops them. Returns whether the
 * sync should ingest in bulk mode.
 */
export function beginBulkLoad(db: WritableDb): boolean {
  return db.transaction(() => {
    const resuming = bulkLoadPending(db);
    if (!resuming && db.prepare('SELECT 1 FROM txn LIMIT 1').get() !== undefined) return false;
    // The triggers that keep the data-quality figures (migration 0120) go with the indexes: the
    // figures are rebuilt once when the load finishes.
    const indexes = db
      .prepare(
        `SELECT type, name, sql FROM sqlite_master
         WHERE type IN ('index', 'trigger') AND tbl_name = 'txn' AND sql IS NOT NULL AND name <> ?`,
      )
      .all(identityIndex) as { type: 'index' | 'trigger'; name: string; sql: string }[];
    const keep = db.prepare('INSERT OR REPLACE INTO bulk_load (index_name, index_sql) VALUES (?, ?)');
    for (const { type, name, sql } of indexes) {
      keep.run(name, sql);
      db.exec(`DROP ${type.toUpperCase()} "${name.replaceAll('"', '""')}"`);
    }
    // A load with no index to drop still needs its marker, or a crash would leave no trace of it.
    if (indexes.length === 0 && !resuming) keep.run('', '');
    return true;
  })();
}

export interface BulkLoadResult {
  /** Records that were valid on their own and turned out to be members of a batch-payment group. */
  readonly batchMembers: number;
  /** Valid records left out as possible duplicates (only with the analyst's setting on). */
  readonly leftOut: number;
}

/**
 * Finishes a bulk load in one transaction: batch-payment groups, their members' status, possible
 * duplicates (when the setting excludes them), every aggregate, and the dropped indexes.
 */
export function finishBulkLoad(db: WritableDb): BulkLoadResult {
  // The GROUP BY sorts and index builds of a large load would otherwise sort in memory, and each
  // sort may hold as much as the page cache beside it: both shrink while the load finishes.
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('temp_store = FILE');
  db.pragma('cache_size = -16384');
  try {
    return db.transaction(() => {
      // Members share their instant and `ident` (txn-ident.ts), and few records do: grouping by those
      // two follows the identity index, and only the records of the shared keys are grouped exactly.
      db.prepare(
        `INSERT OR REPLACE INTO batch_group (ts_ms, source, ext_id, payer, beneficiary, members)
         SELECT t.ts_ms, t.source, t.ext_id, t.payer, t.beneficiary, count(*)
         FROM (SELECT ts_ms, ident FROM txn WHERE ts_ms <> ? GROUP BY ts_ms, ident HAVING count(*) > 1) s
         JOIN txn t ON t.ts_ms = s.ts_ms AND t.ident = s.ident
         GROUP BY t.ts_ms, t.source, t.ext_id, t.payer, t.beneficiary HAVING count(*) > 1`,
      ).run(missingTimestampMs);
      const batchMembers = db
        .prepare(
          `UPDATE txn SET status = 1, reason = 'batch-payment',
           detail = 'one of ' || g.members || ' records sharing id ' || g.ext_id || ', parties and time with different amounts'
         FROM batch_group g
         WHERE txn.status = 0 AND txn.ts_ms = g.ts_ms AND txn.source = g.source AND txn.ext_id = g.ext_id
           AND txn.payer = g.payer AND txn.beneficiary = g.beneficiary`,
        )
        .run().changes;
      const exclude =
        db.prepare("SELECT value FROM setting WHERE key = 'excludeDuplicates'").pluck().get() === 'true';
      const leftOut = exclude ? reclassifyDuplicates(db, true) : 0;
      // The kept portfolio figures are packed once from the finished aggregates, not marked row by row.
      forgetRecentFlows(db);
      rebuildAggregates(db);
      refreshRecentFlows(db);
      const dropped = db
        .prepare("SELECT index_sql FROM bulk_load WHERE index_sql <> ''")
        .pluck()
        .all() as string[];
      for (const sql of dropped) db.exec(sql);
      // After the indexes are back: the quarantine and strict-IBAN counts read their partial indexes.
      rebuildQualityTallies(db);
      db.exec('DELETE FROM bulk_load');
      return { batchMembers, leftOut };
    })();
  } finally {
    db.pragma(`temp_store = ${String(tempStore)}`);
    db.pragma(`cache_size = ${String(cacheSize)}`);
  }
}
