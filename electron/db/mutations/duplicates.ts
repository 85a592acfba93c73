/**
 * Possible duplicates (docs/domain.md "Duplicates"): valid records identical in source, parties,
 * time, amount and currency but carrying different ids. They count by default (ids are not unique);
 * with the analyst's "exclude possible duplicates" setting on, every copy after the first stored
 * one is left out: status 1 with no quarantine reason and a detail that says why, withdrawn from
 * the aggregates. Turning the setting off restores them (as batch payments when a batch group
 * holds them meanwhile).
 */
import type { WritableDb } from '../connection';
import { FlowDeltas, storedContribution, type StoredFlowRow } from './flow-deltas';

export const duplicateDetail = 'possible duplicate (identical apart from its id), left out by the setting';

/** Same record apart from the id; `d` is the other record, `t` the one judged. */
export const sameApartFromId = `d.ts_ms = t.ts_ms AND d.source = t.source AND d.payer = t.payer
  AND d.beneficiary = t.beneficiary AND d.amount_cents = t.amount_cents AND d.currency = t.currency
  AND d.ext_id <> t.ext_id`;

const columns =
  't.txn_id, t.payer, t.beneficiary, t.payer_company, t.beneficiary_company, t.day, t.currency, t.amount_cents';

/** Leaves out (on) or restores (off) every later copy; returns how many records changed. In a transaction. */
export function reclassifyDuplicates(db: WritableDb, exclude: boolean): number {
  const deltas = new FlowDeltas(db);
  let changed = 0;
  if (exclude) {
    const rows = db
      .prepare(
        `SELECT ${columns}, 0 AS in_batch FROM txn t WHERE t.status = 0 AND EXISTS (
           SELECT 1 FROM txn d WHERE ${sameApartFromId} AND d.status = 0 AND d.txn_id < t.txn_id)`,
      )
      .all() as StoredFlowRow[];
    const leaveOut = db.prepare('UPDATE txn SET status = 1, reason = NULL, detail = ? WHERE txn_id = ?');
    for (const row of rows) {
      leaveOut.run(duplicateDetail, row.txn_id);
      deltas.apply(storedContribution(row), -1);
      changed += 1;
    }
  } else {
    const rows = db
      .prepare(
        `SELECT ${columns}, EXISTS (SELECT 1 FROM batch_group b WHERE b.ts_ms = t.ts_ms AND b.source = t.source
           AND b.ext_id = t.ext_id AND b.payer = t.payer AND b.beneficiary = t.beneficiary) AS in_batch
         FROM txn t WHERE t.status <> 0 AND t.reason IS NULL AND t.detail = ?`,
      )
      .all(duplicateDetail) as StoredFlowRow[];
    const restore = db.prepare('UPDATE txn SET status = 0, reason = NULL, detail = NULL WHERE txn_id = ?');
    const toBatch = db.prepare(
      "UPDATE txn SET reason = 'batch-payment', detail = 'member of a batch-payment group' WHERE txn_id = ?",
    );
    for (const row of rows) {
      if (row.in_batch === 1) toBatch.run(row.txn_id);
      else {
        restore.run(row.txn_id);
        deltas.apply(storedContribution(row), 1);
      }
      changed += 1;
    }
  }
  deltas.flush();
  return changed;
}
