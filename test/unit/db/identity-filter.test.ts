/**
 * The bulk load's filter of stored identity keys (electron/db/identity-filter.ts): a key it was given
 * is always reported, so no duplicate slips past it; an unseen key is nearly always reported absent,
 * which is what spares the index probe. A bulk load that resumes seeds it from the stored records.
 */
import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type WritableDb } from '../../../electron/db/connection';
import { IdentityFilter } from '../../../electron/db/identity-filter';
import { createBulkIngester } from '../../../electron/db/mutations/bulk-ingest';
import { beginBulkLoad } from '../../../electron/db/mutations/bulk-load';
import { classifyTransaction } from '../../../electron/sync/classify';
import type { RawTransaction } from '../../../shared/domain';
import { sepa, swift } from '../../helpers/records';

/** Keys as a day of records gives them: milliseconds apart, hashes and amounts spread. */
function keys(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    tsMs: 1_577_836_800_000 + (from + i) * 997,
    ident: Math.imul(from + i, 0x9e3779b1) | 0,
    amountCents: 100 + ((from + i) % 50_000),
  }));
}

describe('the identity filter', () => {
  it('holds every key it was given, and almost no other', () => {
    const filter = new IdentityFilter();
    const stored = keys(0, 20_000);
    for (const key of stored) filter.add(key);
    expect(stored.every((key) => filter.mayHold(key))).toBe(true);
    const unseen = keys(1_000_000, 20_000).filter((key) => filter.mayHold(key));
    expect(unseen.length).toBeLessThan(20);
  });

  it('tells apart keys that differ in one part only, including records without a timestamp', () => {
    const filter = new IdentityFilter();
    const key = { tsMs: Number.MIN_SAFE_INTEGER, ident: -5, amountCents: 2 ** 40 + 3 };
    filter.add(key);
    expect(filter.mayHold(key)).toBe(true);
    const variants = [
      { ...key, tsMs: key.tsMs + 1 },
      { ...key, ident: 5 },
      { ...key, amountCents: 3 },
    ];
    expect(variants.filter((variant) => filter.mayHold(variant))).toEqual([]);
  });
});

describe('a bulk load that resumes', () => {
  const records: RawTransaction[] = [
    sepa({ id: 'a', amount: 1 }),
    sepa({ id: 'b', amount: 2, ts: null }),
    swift({ id: 'c', amount: 3 }),
  ];

  function ingestInBulk(db: WritableDb) {
    const ingester = createBulkIngester(db);
    return db.transaction(() =>
      ingester.ingest(
        records.map((record) => classifyTransaction(record, { strictIban: false })),
        new Map(),
      ),
    )();
  }

  it('knows the records stored before it started, so their re-deliveries collapse', () => {
    const db = openMemoryDatabase();
    beginBulkLoad(db);
    expect(ingestInBulk(db)).toMatchObject({ inserted: 3, duplicates: 0 });
    // A new ingester, as a sync that resumes the load after a crash creates.
    expect(ingestInBulk(db)).toMatchObject({ inserted: 0, duplicates: 3 });
    expect(db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(3);
  });
});
