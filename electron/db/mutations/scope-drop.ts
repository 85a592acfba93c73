/**
 * Dropping the data of companies taken out of a scope (docs/architecture.md "Scope"): every stored
 * transaction that touches one of them and none of the companies still kept. Related records go
 * together, since batch-payment siblings and possible duplicates share both parties; the valid ones
 * are withdrawn from the aggregates in the same transaction, as a sibling that turns dirty would be.
 */
import type { WritableDb } from '../connection';
import { FlowDeltas, storedContribution, type StoredFlowRow } from './flow-deltas';
import { rebuildAggregates } from './rebuild-aggregates';
import { forgetRecentFlows, refreshRecentFlows } from './recent-flows';

/** Some stored record of the batch group; `txn_ident` is the writer connection's (txn-ident.ts). */
const groupMembers = `SELECT 1 FROM txn t WHERE t.ts_ms = batch_group.ts_ms
  AND t.ident = txn_ident(batch_group.source, batch_group.ext_id, batch_group.payer, batch_group.beneficiary)
  AND t.source = batch_group.source AND t.ext_id = batch_group.ext_id AND t.payer = batch_group.payer
  AND t.beneficiary = batch_group.beneficiary`;

/**
 * Deletes the records of `dropped` companies that touch no `kept` company and answers how many;
 * the filter cursors of the dropped companies' accounts go too, so adding them again reads their
 * history from the start. Runs in one transaction.
 */
export function dropCompanyData(
  db: WritableDb,
  sourceId: number,
  dropped: readonly number[],
  kept: ReadonlySet<number>,
): number {
  return db.transaction(() => {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS scope_dropped (company_id INTEGER PRIMARY KEY)');
    db.exec('CREATE TEMP TABLE IF NOT EXISTS scope_kept (company_id INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.scope_dropped; DELETE FROM temp.scope_kept');
    const addDropped = db.prepare('INSERT OR IGNORE INTO temp.scope_dropped (company_id) VALUES (?)');
    for (const id of dropped) if (!kept.has(id)) addDropped.run(id);
    const addKept = db.prepare('INSERT OR IGNORE INTO temp.scope_kept (company_id) VALUES (?)');
    for (const id of kept) addKept.run(id);
    // Both sides' company indexes find the candidates; a record whose other side is kept stays.
    const touching = `
      SELECT txn_id FROM txn WHERE payer_company IN (SELECT company_id FROM temp.scope_dropped)
      UNION SELECT txn_id FROM txn WHERE beneficiary_company IN (SELECT company_id FROM temp.scope_dropped)`;
    const notKept = `
      (payer_company IS NULL OR payer_company NOT IN (SELECT company_id FROM temp.scope_kept))
      AND (beneficiary_company IS NULL OR beneficiary_company NOT IN (SELECT company_id FROM temp.scope_kept))`;
    const valid = db
      .prepare(
        `SELECT txn_id, payer, beneficiary, payer_company, beneficiary_company, day, currency, amount_cents,
           0 AS in_batch
         FROM txn WHERE txn_id IN (${touching}) AND ${notKept} AND status = 0`,
      )
      .all() as StoredFlowRow[];
    const deltas = new FlowDeltas(db);
    for (const row of valid) deltas.apply(storedContribution(row), -1);
    deltas.flush();
    const deleted = db.prepare(`DELETE FROM txn WHERE txn_id IN (${touching}) AND ${notKept}`).run().changes;
    // Batch groups whose members are all gone.
    db.exec(`
      DELETE FROM batch_group WHERE NOT EXISTS (${groupMembers})`);
    db.prepare(
      `DELETE FROM sync_filter_cursor WHERE source_id = ? AND iban IN (
         SELECT iban FROM account WHERE company_id IN (SELECT company_id FROM temp.scope_dropped))`,
    ).run(sourceId);
    db.exec('DELETE FROM temp.scope_dropped; DELETE FROM temp.scope_kept');
    return deleted;
  })();
}

/**
 * Deletes every stored record that touches no `kept` company, for a database narrowed from the whole
 * bank to a portfolio, and answers how many. Most records usually go, so the aggregates are rebuilt
 * from what stays (as at the end of a bulk load) instead of withdrawn record by record; the kept
 * quality figures follow the deletes through their triggers. Runs in one transaction.
 */
export function dropOutsideScope(db: WritableDb, kept: ReadonlySet<number>): number {
  return db.transaction(() => {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS scope_kept (company_id INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.scope_kept');
    const addKept = db.prepare('INSERT OR IGNORE INTO temp.scope_kept (company_id) VALUES (?)');
    for (const id of kept) addKept.run(id);
    const deleted = db
      .prepare(
        `DELETE FROM txn
         WHERE (payer_company IS NULL OR payer_company NOT IN (SELECT company_id FROM temp.scope_kept))
           AND (beneficiary_company IS NULL OR beneficiary_company NOT IN (SELECT company_id FROM temp.scope_kept))`,
      )
      .run().changes;
    db.exec(`
      DELETE FROM batch_group WHERE NOT EXISTS (${groupMembers})`);
    forgetRecentFlows(db);
    rebuildAggregates(db);
    refreshRecentFlows(db);
    db.exec('DELETE FROM temp.scope_kept');
    return deleted;
  })();
}
