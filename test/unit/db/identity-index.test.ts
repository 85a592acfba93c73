/**
 * The narrow identity index (migration 0170, electron/db/txn-ident.ts): records are found through a
 * 32-bit hash of source, id and parties, and compared column by column. Two records whose hashes
 * collide must stay two records in every question the writer asks (duplicate, batch group, possible
 * duplicate) on both ingest paths. Records that differ in their id only get different keys, so a
 * feed of records without timestamps or parties does not pile them onto one key. A database of the
 * older schema gets the hash of every stored record and the new index.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type WritableDb } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';
import { createBulkIngester } from '../../../electron/db/mutations/bulk-ingest';
import { beginBulkLoad, finishBulkLoad } from '../../../electron/db/mutations/bulk-load';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { saveSetting } from '../../../electron/db/mutations/settings';
import { countByReason } from '../../../electron/db/queries/checksum';
import { keptQualityFigures } from '../../../electron/db/queries/quality';
import { recomputeQualityFigures } from '../../../electron/db/queries/quality-recompute';
import { txnIdent } from '../../../electron/db/txn-ident';
import { classifyTransaction } from '../../../electron/sync/classify';
import type { RawTransaction } from '../../../shared/domain';
import { writeAtOlderSchema } from '../../helpers/older-schema';
import { ibans, sepa } from '../../helpers/records';

/** Two German account numbers whose hashes with one id and beneficiary collide, found by counting up. */
function collidingPayers(beneficiary: string): [string, string] {
  const seen = new Map<number, string>();
  for (let n = 0; ; n += 1) {
    const payer = `DE${String(n).padStart(20, '0')}`;
    const ident = txnIdent(0, 'x', payer, beneficiary);
    const earlier = seen.get(ident);
    if (earlier !== undefined) return [earlier, payer];
    seen.set(ident, payer);
  }
}

const beneficiary = ibans.kempGb;
const [payerA, payerB] = collidingPayers(beneficiary);
const ts = '2020-06-01T09:30:00Z';

function ingest(db: WritableDb, records: readonly RawTransaction[], bulk = false): void {
  const ingester = bulk ? createBulkIngester(db) : createTransactionIngester(db);
  db.transaction(() =>
    ingester.ingest(
      records.map((record) => classifyTransaction(record, { strictIban: false })),
      new Map(),
    ),
  )();
}

const storedIds = (db: WritableDb) =>
  db.prepare('SELECT ext_id, payer, status, reason FROM txn ORDER BY txn_id').all();

describe('the identity hash', () => {
  it('is a signed 32-bit integer that depends on every field and on where one ends', () => {
    const ident = txnIdent(0, '7', 'AB', 'C');
    expect(Number.isInteger(ident) && ident >= -(2 ** 31) && ident < 2 ** 31).toBe(true);
    expect(txnIdent(0, '7', 'AB', 'C')).toBe(ident);
    expect(txnIdent(0, '7', 'A', 'BC')).not.toBe(ident);
    expect(txnIdent(0, '7A', 'B', 'C')).not.toBe(ident);
    expect(txnIdent(1, '7', 'AB', 'C')).not.toBe(ident);
    expect(txnIdent(0, '8', 'AB', 'C')).not.toBe(ident);
    expect(txnIdent(0, '7', 'C', 'AB')).not.toBe(ident);
  });

  it('has colliding pairs of parties, which the tests below use', () => {
    expect(payerA).not.toBe(payerB);
    expect(txnIdent(0, 'x', payerA, beneficiary)).toBe(txnIdent(0, 'x', payerB, beneficiary));
  });
});

describe.each([
  ['page by page', false],
  ['in bulk', true],
])('records whose parties share a hash, stored %s', (_name, bulk) => {
  function store(records: readonly RawTransaction[]): WritableDb {
    const db = openMemoryDatabase();
    if (bulk) beginBulkLoad(db);
    ingest(db, records, bulk);
    if (bulk) finishBulkLoad(db);
    return db;
  }

  it('are not duplicates of each other, though time, id and amount agree', () => {
    const db = store([
      sepa({ id: 'x', payer: payerA, beneficiary, amount: 10, ts }),
      sepa({ id: 'x', payer: payerB, beneficiary, amount: 10, ts }),
      sepa({ id: 'x', payer: payerA, beneficiary, amount: 10, ts }),
    ]);
    expect(storedIds(db)).toEqual([
      { ext_id: 'x', payer: payerA, status: 0, reason: null },
      { ext_id: 'x', payer: payerB, status: 0, reason: null },
    ]);
  });

  it('do not form a batch-payment group, while true siblings do', () => {
    const db = store([
      sepa({ id: 'x', payer: payerA, beneficiary, amount: 10, ts }),
      sepa({ id: 'x', payer: payerB, beneficiary, amount: 20, ts }),
      sepa({ id: 'y', payer: payerB, beneficiary, amount: 5, ts }),
      sepa({ id: 'y', payer: payerB, beneficiary, amount: 6, ts }),
    ]);
    expect(countByReason(db)).toEqual({ valid: 2, reasons: { 'batch-payment': 2 } });
    expect(db.prepare('SELECT ext_id, payer, members FROM batch_group').all()).toEqual([
      { ext_id: 'y', payer: payerB, members: 2 },
    ]);
  });

  it('are grouped as possible duplicates only among true copies, which the setting leaves out', () => {
    const db = openMemoryDatabase();
    saveSetting(db, 'excludeDuplicates', true);
    if (bulk) beginBulkLoad(db);
    ingest(
      db,
      [
        sepa({ id: 'p', payer: payerA, beneficiary, amount: 10, ts }),
        sepa({ id: 'q', payer: payerB, beneficiary, amount: 10, ts }),
        sepa({ id: 'r', payer: payerB, beneficiary, amount: 10, ts }),
      ],
      bulk,
    );
    if (bulk) finishBulkLoad(db);
    expect(storedIds(db)).toEqual([
      { ext_id: 'p', payer: payerA, status: 0, reason: null },
      { ext_id: 'q', payer: payerB, status: 0, reason: null },
      { ext_id: 'r', payer: payerB, status: 1, reason: null },
    ]);
    const kept = keptQualityFigures(db);
    expect(kept).toEqual(recomputeQualityFigures(db));
    expect(kept.duplicateGroups).toMatchObject([{ payer: payerB, copies: 2, leftOut: 1, ids: 'q, r' }]);
  });
});

describe.each([
  ['page by page', false],
  ['in bulk', true],
])('keys of records that differ in little, stored %s', (_name, bulk) => {
  it('differ for records that share all but their id, even without a timestamp or parties', () => {
    const db = openMemoryDatabase();
    if (bulk) beginBulkLoad(db);
    const ids = ['1', '2', '3', '4'];
    ingest(
      db,
      ids.flatMap((id) => [
        sepa({ id, ts: null, amount: 5 }),
        sepa({ id, payer: null, beneficiary: null, amount: null }),
      ]),
      bulk,
    );
    expect(db.prepare('SELECT count(*) AS n, count(DISTINCT ident) AS keys FROM txn').get()).toEqual({
      n: 8,
      keys: 8,
    });
  });

  it('collapse a re-delivered record whose id holds a lone surrogate', () => {
    const db = openMemoryDatabase();
    if (bulk) beginBulkLoad(db);
    const record = sepa({ id: JSON.parse('"A\\ud800B"') as string, ts });
    ingest(db, [record], bulk);
    ingest(db, [record, record], bulk);
    if (bulk) finishBulkLoad(db);
    expect(db.prepare('SELECT ext_id FROM txn').pluck().all()).toEqual(['A\uFFFDB']);
  });
});

describe('migration 0170', () => {
  const records = [
    sepa({ id: 'a', amount: 10, ts }),
    sepa({ id: 'b', amount: 10, ts }),
    sepa({ id: 'c', amount: 11, ts: '2020-06-02T10:00:00Z' }),
    sepa({ id: 'c', amount: 12, ts: '2020-06-02T10:00:00Z' }),
  ];

  function databaseBefore0170(bulk: boolean): WritableDb {
    const db = new Database(':memory:') as WritableDb;
    const before = migrations.filter((m) => m.version < 170);
    for (const migration of before) db.exec(migration.sql);
    db.pragma(`user_version = ${String(before.at(-1)?.version ?? 0)}`);
    writeAtOlderSchema(db, () => {
      if (bulk) beginBulkLoad(db);
      ingest(db, records, bulk);
    });
    return db;
  }

  it('hashes every stored record, swaps the index, and duplicates still collapse after it', () => {
    const db = databaseBefore0170(false);
    const quality = recomputeQualityFigures(db);
    migrate(db);
    const rows = db.prepare('SELECT source, ext_id, payer, beneficiary, ident FROM txn').all() as {
      source: number;
      ext_id: string;
      payer: string;
      beneficiary: string;
      ident: number;
    }[];
    expect(rows).toHaveLength(4);
    for (const row of rows)
      expect(row.ident).toBe(txnIdent(row.source, row.ext_id, row.payer, row.beneficiary));
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'txn'")
      .pluck();
    expect(indexes.all()).toContain('ix_txn_identity');
    expect(indexes.all()).not.toContain('ux_txn_identity');
    expect(keptQualityFigures(db)).toEqual(quality);

    ingest(db, [...records, sepa({ id: 'b', amount: 10, ts, payer: ibans.acmeNl })]);
    expect(db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(5);
    expect(keptQualityFigures(db)).toEqual(recomputeQualityFigures(db));
  });

  it('lets a bulk load under way finish with the figures of its records', () => {
    const db = databaseBefore0170(true);
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM bulk_load').pluck().get()).toBeGreaterThan(0);
    finishBulkLoad(db);
    expect(countByReason(db)).toEqual({ valid: 2, reasons: { 'batch-payment': 2 } });
    const figures = keptQualityFigures(db);
    expect(figures).toEqual(recomputeQualityFigures(db));
    expect(figures.duplicateGroups).toMatchObject([{ copies: 2, ids: 'a, b' }]);
    ingest(db, records);
    expect(db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(4);
  });
});
