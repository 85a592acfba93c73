import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../electron/db/connection';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { amountSql, storedTsText, tsTextSql } from '../../../electron/db/txn-columns';
import { classifyTransaction } from '../../../electron/sync/classify';
import { sepa } from '../../helpers/records';

describe('transaction rows that keep each fact once', () => {
  const db = openMemoryDatabase();
  const records = [
    sepa({ id: '1', ts: '2019-03-04T10:00:00.250Z', amount: 100.25 }),
    sepa({ id: '2', ts: '2019-03-04T10:00:00Z', amount: 7 }),
    sepa({ id: '3', ts: '2019-03-04T12:00:00+02:00', amount: 0.1 }),
    sepa({ id: '4', ts: '1969-12-31T23:59:59.999Z', amount: 12.5 }),
    sepa({ id: '5', ts: null, amount: null }),
    sepa({ id: '6', ts: 'yesterday', amount: 1e20 }),
  ];
  db.transaction(() =>
    createTransactionIngester(db).ingest(
      records.map((r) => classifyTransaction(r, { strictIban: false })),
      new Map(),
    ),
  )();

  it('read back every timestamp text and amount exactly as received', () => {
    const rows = db
      .prepare(`SELECT ${tsTextSql('t')} AS ts, ${amountSql('t')} AS amount FROM txn t ORDER BY ext_id`)
      .all();
    expect(rows).toEqual(records.map((r) => ({ ts: r.ts ?? '', amount: r.amount })));
  });

  it('store the canonical text and the exact amount only as numbers', () => {
    const stored = db.prepare('SELECT ts_text, amount FROM txn ORDER BY ext_id').raw().all();
    expect(stored).toEqual([
      ['', null],
      ['2019-03-04T10:00:00Z', null],
      ['2019-03-04T12:00:00+02:00', null],
      ['1969-12-31T23:59:59.999Z', null],
      ['', null],
      ['yesterday', 1e20],
    ]);
  });
});

describe('the canonical timestamp text', () => {
  it('is left out exactly when rendering the parsed instant gives the received text back', () => {
    // Seeded walk over instants and over the spellings the CDM API allows for each.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 2_000; i += 1) {
      const iso = new Date(Math.floor(next() * 4_102_444_800_000)).toISOString();
      const spellings = [
        iso,
        iso.replace('Z', '+00:00'),
        iso.replace(/\.\d{3}Z$/, 'Z'),
        iso.replace(/\.(\d{2})\dZ$/, '.$1Z'),
        iso.replace(/\.(\d{3})Z$/, '.$10Z'),
        iso.replace('T', ' '),
        iso.replace('Z', 'z'),
      ];
      for (const ts of spellings) {
        const record = classifyTransaction(sepa({ id: String(i), ts, amount: 1 }), { strictIban: false });
        const canonical = new Date(record.tsMs).toISOString() === ts;
        expect(storedTsText(record)).toBe(canonical ? '' : ts);
      }
    }
  });
});
