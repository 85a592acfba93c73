import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase, type WritableDb } from '../../../electron/db/connection';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { upsertCompanies } from '../../../electron/db/mutations/reference-data';
import { loadAccountOwners } from '../../../electron/db/queries/account-owners';
import { classifyTransaction } from '../../../electron/sync/classify';
import type { RawTransaction } from '../../../shared/domain';
import { ibans, sepa, swift } from '../../helpers/records';

function dailyRows(db: WritableDb) {
  return db.prepare('SELECT * FROM daily_flow ORDER BY iban, day, currency').all();
}

function countryRows(db: WritableDb) {
  return db.prepare('SELECT * FROM daily_country_flow ORDER BY iban, day, country, currency').all();
}

describe('ingesting transactions', () => {
  let db: WritableDb;
  let ingest: (
    records: RawTransaction[],
  ) => ReturnType<ReturnType<typeof createTransactionIngester>['ingest']>;

  beforeEach(() => {
    db = openMemoryDatabase();
    upsertCompanies(db, [
      {
        companyId: 1,
        name: 'Acme',
        address: 'Berlin',
        ibans: [ibans.acmeDe, ibans.acmeNl],
        reportedBalance: null,
      },
      {
        companyId: 2,
        name: 'Kemp and Sons',
        address: 'London',
        ibans: [ibans.kempGb],
        reportedBalance: 1814,
      },
    ]);
    const ingester = createTransactionIngester(db);
    ingest = (records) =>
      db.transaction(() =>
        ingester.ingest(
          records.map((r) => classifyTransaction(r, { strictIban: false })),
          loadAccountOwners(db),
        ),
      )();
  });

  it('books a SEPA transfer as an outflow of the payer and an inflow of the beneficiary', () => {
    const counts = ingest([sepa({ amount: 100.25 })]);
    expect(counts).toMatchObject({ inserted: 1, valid: 1, duplicates: 0 });
    expect(dailyRows(db)).toEqual([
      {
        iban: ibans.acmeDe,
        day: 17959,
        currency: 'EUR',
        in_cents: 0,
        out_cents: 10025,
        in_count: 0,
        out_count: 1,
      },
      {
        iban: ibans.kempGb,
        day: 17959,
        currency: 'EUR',
        in_cents: 10025,
        out_cents: 0,
        in_count: 1,
        out_count: 0,
      },
    ]);
    expect(countryRows(db)).toMatchObject([
      { iban: ibans.acmeDe, country: 'GB', out_cents: 10025 },
      { iban: ibans.kempGb, country: 'DE', in_cents: 10025 },
    ]);
  });

  it('counts a record delivered twice once', () => {
    ingest([sepa()]);
    const again = ingest([sepa(), sepa()]);
    expect(again).toMatchObject({ inserted: 0, duplicates: 2 });
    expect(db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(1);
    expect(dailyRows(db)).toHaveLength(2);
  });

  it('treats records sharing an id but not parties or time as different transactions', () => {
    const counts = ingest([sepa({ id: '7' }), sepa({ id: '7', ts: '2019-03-05T10:00:00Z' })]);
    expect(counts).toMatchObject({ inserted: 2, valid: 2 });
  });

  it('excludes every member of a batch-payment group that arrives across two pages', () => {
    ingest([sepa({ id: '9', amount: 10 })]);
    expect(dailyRows(db)).toHaveLength(2);
    const second = ingest([sepa({ id: '9', amount: 20 })]);
    expect(second).toMatchObject({ demoted: 1, quarantined: { 'batch-payment': 2 } });
    expect(dailyRows(db)).toEqual([]);
    expect(countryRows(db)).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM txn WHERE reason = 'batch-payment'").pluck().get()).toBe(2);
    expect(db.prepare('SELECT members FROM batch_group').pluck().get()).toBe(2);
  });

  it('leaves the other flows of the day intact when a group member is withdrawn', () => {
    ingest([sepa({ id: '1', amount: 5 }), sepa({ id: '2', amount: 7 })]);
    ingest([sepa({ id: '2', amount: 8 })]);
    expect(dailyRows(db)).toMatchObject([
      { iban: ibans.acmeDe, out_cents: 500, out_count: 1 },
      { iban: ibans.kempGb, in_cents: 500, in_count: 1 },
    ]);
  });

  it('quarantines invalid IBANs, invalid currencies and malformed records with their reason', () => {
    const counts = ingest([
      swift({ id: '1', payer: 'XX12BANK000111' }),
      swift({ id: '2', currency: 'SGP' }),
      swift({ id: '3', amount: null }),
      swift({ id: '4', amount: -3 }),
      swift({ id: '5', ts: '2019-02-30T10:00:00Z' }),
      swift({ id: '6', beneficiary: '' }),
    ]);
    expect(counts.quarantined).toEqual({
      'batch-payment': 0,
      'invalid-iban': 2,
      'invalid-currency': 1,
      malformed: 3,
    });
    expect(dailyRows(db)).toEqual([]);
  });

  // Found by the fuzz test: 1e307 was valid and booked as Infinity cents, 1e20 as inexact cents.
  it('quarantines an amount too large to count exactly in cents instead of booking it', () => {
    const counts = ingest([
      swift({ id: '1', amount: 1e307 }),
      swift({ id: '2', amount: 1e20 }),
      // 2^52 cents and more: one amount in ten came out a cent off (this one as …60).
      swift({ id: '4', amount: 45_035_996_273_704.59 }),
    ]);
    expect(counts.valid).toBe(0);
    expect(counts.quarantined.malformed).toBe(3);
    expect(dailyRows(db)).toEqual([]);
    const rows = db.prepare('SELECT amount, amount_cents AS cents, detail FROM txn ORDER BY ext_id').all();
    expect(rows).toEqual([
      {
        amount: 1e307,
        cents: Number.MIN_SAFE_INTEGER,
        detail: 'amount 1e+307 is too large to count exactly in cents',
      },
      {
        amount: 1e20,
        cents: Number.MIN_SAFE_INTEGER,
        detail: 'amount 100000000000000000000 is too large to count exactly in cents',
      },
      {
        amount: 45_035_996_273_704.59,
        cents: Number.MIN_SAFE_INTEGER,
        detail: 'amount 45035996273704.59 is too large to count exactly in cents',
      },
    ]);
    // Up to 2^51 cents (about 22.5 trillion) amounts convert exactly and are booked as usual.
    expect(ingest([swift({ id: '3', amount: 22_517_998_136_852.47 })]).valid).toBe(1);
    expect(db.prepare("SELECT amount_cents FROM txn WHERE ext_id = '3'").pluck().get()).toBe(
      2_251_799_813_685_247,
    );
  });

  it('ends with the same aggregates whatever order the records arrive in', () => {
    const records = [
      sepa({ id: '1', amount: 10 }),
      sepa({ id: '1', amount: 11 }),
      sepa({ id: '2', amount: 12.5, payer: ibans.kempGb, beneficiary: ibans.acmeNl }),
      swift({ id: '3', amount: 1000, currency: 'JPY' }),
      swift({ id: '4', amount: 30 }),
      swift({ id: '4', amount: 30 }),
    ];
    ingest(records);
    const forward = { daily: dailyRows(db), country: countryRows(db) };
    db = openMemoryDatabase();
    upsertCompanies(db, [
      {
        companyId: 1,
        name: 'Acme',
        address: 'Berlin',
        ibans: [ibans.acmeDe, ibans.acmeNl],
        reportedBalance: null,
      },
      {
        companyId: 2,
        name: 'Kemp and Sons',
        address: 'London',
        ibans: [ibans.kempGb],
        reportedBalance: 1814,
      },
    ]);
    const ingester = createTransactionIngester(db);
    for (const record of [...records].reverse()) {
      db.transaction(() =>
        ingester.ingest([classifyTransaction(record, { strictIban: false })], loadAccountOwners(db)),
      )();
    }
    expect({ daily: dailyRows(db), country: countryRows(db) }).toEqual(forward);
  });
  it('counts a page once when its first commit failed halfway and the same page is committed again', () => {
    const page = [sepa({ amount: 100.25 }), swift({ amount: 42 })];
    // A write failure in the middle of the aggregate flush (as a full disk or a busy database gives).
    db.exec(`CREATE TABLE fail_once (armed INTEGER);
      INSERT INTO fail_once VALUES (1);
      CREATE TRIGGER fail_daily_flow BEFORE INSERT ON daily_country_flow
      WHEN (SELECT armed FROM fail_once) = 1 BEGIN SELECT RAISE(ABORT, 'disk is full'); END;`);
    expect(() => ingest(page)).toThrow('disk is full');
    expect(dailyRows(db)).toEqual([]);
    db.exec('UPDATE fail_once SET armed = 0');
    ingest(page);
    const once = dailyRows(db);
    db.exec(
      'DELETE FROM daily_country_flow; DELETE FROM monthly_flow; DELETE FROM account_total; DELETE FROM txn; DELETE FROM synced_span;',
    );
    ingest(page);
    expect(once).toEqual(dailyRows(db));
    expect(once.length).toBeGreaterThan(0);
  });
});
