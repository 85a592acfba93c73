/**
 * A narrow identity index (docs/architecture.md "Database", docs/benchmarks.md). The unique index
 * over (time, source, id, payer, beneficiary, amount) copied the record's widest columns: 82 of the
 * 279 bytes a stored record cost, and half of the insert time of a sync. Its replacement holds the
 * time, a 32-bit hash of source and parties (`ident`, txn-ident.ts) and the amount; every match is
 * compared column by column by the writer (txn-insert.ts), so the hash narrows and never decides.
 *
 * Existing records get their hash here (one rewrite of the table), and the three triggers that keep
 * the possible-duplicate groups (migration 0120) look their copies up through the new index. A bulk
 * load under way keeps its dropped triggers' definitions in `bulk_load`: those are replaced there.
 */
import type Database from 'better-sqlite3';
import { txnIdent } from '../txn-ident';
import { duplicateGroupColumns } from '../queries/quality-recompute';
import { duplicateCandidate, groupKeyMatch, type Row } from './0120-quality-tallies';
import type { Migration } from './migration';

/** SQL: the `txn` row aliased by `alias` has the record's group key, found through the identity index. */
const sameGroup = (
  alias: string,
  r: Row = 'NEW',
) => `${alias}ts_ms = ${r}.ts_ms AND ${alias}ident = ${r}.ident
  AND ${groupKeyMatch(alias, r)}`;

function refreshGroup(r: Row = 'NEW'): string {
  return `
    DELETE FROM possible_duplicate WHERE ${groupKeyMatch('', r)};
    INSERT INTO possible_duplicate (ts_ms, source, payer, beneficiary, amount_cents, currency, ts_text, amount,
      copies, left_out, ids)
      SELECT ${duplicateGroupColumns} FROM txn t
      WHERE ${sameGroup('t.', r)} AND t.reason IS NULL AND t.day IS NOT NULL
      HAVING count(*) > 1;`;
}

const copyTriggers: Readonly<Record<string, string>> = {
  tr_txn_quality_insert_copy: `CREATE TRIGGER tr_txn_quality_insert_copy AFTER INSERT ON txn
    WHEN ${duplicateCandidate('NEW')} AND EXISTS (
      SELECT 1 FROM txn d WHERE ${sameGroup('d.')} AND d.reason IS NULL AND d.txn_id <> NEW.txn_id
    )
    BEGIN ${refreshGroup()} END`,
  tr_txn_quality_delete_copy: `CREATE TRIGGER tr_txn_quality_delete_copy AFTER DELETE ON txn
    WHEN EXISTS (SELECT 1 FROM possible_duplicate p WHERE ${groupKeyMatch('p.', 'OLD')})
    BEGIN ${refreshGroup('OLD')} END`,
  tr_txn_quality_update_copy: `CREATE TRIGGER tr_txn_quality_update_copy AFTER UPDATE OF status, reason ON txn
    WHEN (OLD.status IS NOT NEW.status OR OLD.reason IS NOT NEW.reason) AND NEW.day IS NOT NULL AND (
      EXISTS (SELECT 1 FROM possible_duplicate p WHERE ${groupKeyMatch('p.')})
      OR (${duplicateCandidate('NEW')} AND OLD.reason IS NOT NULL AND EXISTS (
        SELECT 1 FROM txn d WHERE ${sameGroup('d.')} AND d.reason IS NULL AND d.txn_id <> NEW.txn_id
      ))
    )
    BEGIN ${refreshGroup()} END`,
};

function fill(db: Database.Database): void {
  db.function('txn_ident', { deterministic: true }, (source, payer, beneficiary) =>
    txnIdent(Number(source), String(payer), String(beneficiary)),
  );
  db.exec('UPDATE txn SET ident = txn_ident(source, payer, beneficiary)');
  db.exec('CREATE INDEX ix_txn_identity ON txn (ts_ms, ident, amount_cents)');
  const keptByLoad = db.prepare('UPDATE bulk_load SET index_sql = ? WHERE index_name = ?');
  for (const [name, sql] of Object.entries(copyTriggers)) {
    if (keptByLoad.run(sql, name).changes === 0) db.exec(sql);
  }
}

export const narrowIdentity: Migration = {
  version: 170,
  name: 'narrow-identity',
  sql: `
    ALTER TABLE txn ADD COLUMN ident INTEGER NOT NULL DEFAULT 0;
    DROP INDEX IF EXISTS ux_txn_identity;
    DELETE FROM bulk_load WHERE index_name = 'ux_txn_identity';
    DROP TRIGGER IF EXISTS tr_txn_quality_insert_copy;
    DROP TRIGGER IF EXISTS tr_txn_quality_delete_copy;
    DROP TRIGGER IF EXISTS tr_txn_quality_update_copy;
  `,
  fill,
};
