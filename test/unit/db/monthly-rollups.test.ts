import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations/index';
import { openMemoryDatabase, type WritableDb } from '../../../electron/db/connection';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { reattachAccounts } from '../../../electron/db/mutations/reattach-accounts';
import { upsertCompanies } from '../../../electron/db/mutations/reference-data';
import { monthOfDay, monthOfDaySql, splitByMonths } from '../../../electron/db/month-of-day';
import { loadAccountOwners } from '../../../electron/db/queries/account-owners';
import { countryFlows, netBefore, netBetween } from '../../../electron/db/queries/flows';
import { classifyTransaction } from '../../../electron/sync/classify';
import { dayFromIso } from '../../../shared/days';
import type { RawTransaction } from '../../../shared/domain';
import { ibans, sepa, swift } from '../../helpers/records';

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(`not a day: ${iso}`);
  return value;
}

describe('splitting a day range into whole months and partial days', () => {
  it('keys a month by its first day, in JavaScript and in SQL alike', () => {
    const db = openMemoryDatabase();
    for (const iso of ['2019-01-01', '2019-01-31', '2020-02-29', '2020-12-31', '1969-12-31']) {
      const sql = db
        .prepare(`SELECT ${monthOfDaySql('?')}`)
        .pluck()
        .get(day(iso));
      expect(sql).toBe(monthOfDay(day(iso)));
    }
    expect(monthOfDay(day('2020-02-29'))).toBe(day('2020-02-01'));
  });

  it('reads whole months from the roll-up and the partial ends from the days', () => {
    expect(splitByMonths(day('2019-01-15'), day('2019-04-10'))).toEqual({
      months: [day('2019-02-01'), day('2019-04-01') - 1],
      head: [day('2019-01-15'), day('2019-01-31')],
      tail: [day('2019-04-01'), day('2019-04-10')],
    });
    expect(splitByMonths(day('2019-01-01'), day('2019-03-31'))).toMatchObject({
      months: [day('2019-01-01'), day('2019-04-01') - 1],
      head: [day('2019-01-01'), day('2018-12-31')],
      tail: [day('2019-04-01'), day('2019-03-31')],
    });
  });

  it('reads a range inside one month from the days alone', () => {
    expect(splitByMonths(day('2019-01-02'), day('2019-01-30'))).toEqual({
      months: [1, 0],
      head: [day('2019-01-02'), day('2019-01-30')],
      tail: [1, 0],
    });
  });

  it('leaves an open end to the roll-up', () => {
    expect(splitByMonths(null, day('2019-03-10'))).toEqual({
      months: [Number.MIN_SAFE_INTEGER, day('2019-03-01') - 1],
      head: [1, 0],
      tail: [day('2019-03-01'), day('2019-03-10')],
    });
    expect(splitByMonths(day('2019-03-10'), null)).toEqual({
      months: [day('2019-04-01'), Number.MAX_SAFE_INTEGER - 1],
      head: [day('2019-03-10'), day('2019-03-31')],
      tail: [1, 0],
    });
  });
});

function seeded(): { db: WritableDb; ingest: (records: RawTransaction[]) => void } {
  const db = openMemoryDatabase();
  upsertCompanies(db, [
    {
      companyId: 1,
      name: 'Acme',
      address: 'Berlin',
      ibans: [ibans.acmeDe, ibans.acmeNl],
      reportedBalance: null,
    },
    { companyId: 2, name: 'Kemp', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
  ]);
  const ingester = createTransactionIngester(db);
  const ingest = (records: RawTransaction[]) => {
    db.transaction(() =>
      ingester.ingest(
        records.map((r) => classifyTransaction(r, { strictIban: false })),
        loadAccountOwners(db),
      ),
    )();
  };
  return { db, ingest };
}

/** Sums of every column of a daily table per month, as its roll-up must hold them. */
function rolledUp(db: WritableDb, daily: string, keys: string): unknown[] {
  return db
    .prepare(
      `SELECT iban, ${monthOfDaySql('day')} AS month, ${keys}, sum(in_cents) AS in_cents,
         sum(out_cents) AS out_cents, sum(in_count) AS in_count, sum(out_count) AS out_count
       FROM ${daily} GROUP BY iban, month, ${keys} ORDER BY iban, month, ${keys}`,
    )
    .all();
}

describe('the monthly roll-ups kept by the writer', () => {
  it('equal the daily aggregates summed per month, also after a batch sibling withdraws a record', () => {
    const { db, ingest } = seeded();
    ingest([
      sepa({ id: '1', amount: 5, ts: '2019-01-31T23:59:59Z' }),
      sepa({ id: '2', amount: 7, ts: '2019-02-01T00:00:00Z' }),
      swift({ id: '3', amount: 11, ts: '2019-02-14T12:00:00Z' }),
      swift({ id: '4', amount: 13, currency: 'EUR', ts: '2019-03-02T12:00:00Z' }),
    ]);
    ingest([sepa({ id: '2', amount: 8, ts: '2019-02-01T00:00:00Z' })]);
    const monthly = db.prepare('SELECT * FROM monthly_flow ORDER BY iban, month, currency').all();
    expect(monthly).toEqual(rolledUp(db, 'daily_flow', 'currency'));
    expect(monthly.length).toBeGreaterThan(2);
  });

  it('follow an account that becomes known after its transactions were stored', () => {
    const { db, ingest } = seeded();
    ingest([
      swift({ id: '1', beneficiary: ibans.foreignNo, amount: 3, ts: '2019-01-05T10:00:00Z' }),
      swift({ id: '2', beneficiary: ibans.foreignNo, amount: 4, ts: '2019-02-05T10:00:00Z' }),
    ]);
    expect(db.prepare('SELECT count(*) FROM monthly_flow WHERE iban = ?').pluck().get(ibans.foreignNo)).toBe(
      0,
    );
    upsertCompanies(db, [
      { companyId: 3, name: 'Fjord', address: 'Oslo', ibans: [ibans.foreignNo], reportedBalance: null },
    ]);
    reattachAccounts(db, [ibans.foreignNo]);
    expect(
      db.prepare('SELECT * FROM monthly_flow WHERE iban = ? ORDER BY month').all(ibans.foreignNo),
    ).toEqual(
      rolledUp(db, 'daily_flow', 'currency').filter(
        (row) => (row as { iban: string }).iban === ibans.foreignNo,
      ),
    );
    expect(db.prepare('SELECT count(*) FROM monthly_flow WHERE iban = ?').pluck().get(ibans.foreignNo)).toBe(
      2,
    );
  });

  it('give the same sums as the daily rows over any range', () => {
    const { db, ingest } = seeded();
    const days = ['2019-01-03', '2019-01-31', '2019-02-01', '2019-02-27', '2019-03-01', '2019-05-20'];
    ingest(days.map((d, i) => sepa({ id: String(i), amount: i + 1, ts: `${d}T08:00:00Z` })));
    const daily = (from: number, to: number) =>
      db
        .prepare(
          `SELECT currency, SUM(in_cents - out_cents) AS netCents FROM daily_flow
           WHERE iban = ? AND day BETWEEN ? AND ? GROUP BY currency`,
        )
        .all(ibans.acmeDe, from, to);
    for (const [from, to] of [
      ['2019-01-01', '2019-12-31'],
      ['2019-01-04', '2019-02-27'],
      ['2019-02-01', '2019-02-28'],
      ['2019-02-02', '2019-02-26'],
    ] as const) {
      expect(netBetween(db, ibans.acmeDe, day(from), day(to))).toEqual(daily(day(from), day(to)));
    }
    expect(netBefore(db, ibans.acmeDe, day('2019-03-01'))).toEqual(daily(0, day('2019-02-28')));
    expect(countryFlows(db, ibans.kempGb, day('2019-01-15'), day('2019-03-01'))).toEqual([
      { country: 'DE', currency: 'EUR', inCents: 1400, outCents: 0, inCount: 4, outCount: 0 },
    ]);
  });
});

describe('migrating a database synced before the roll-ups', () => {
  it('fills them from its daily aggregates', () => {
    const db = new Database(':memory:');
    for (const migration of migrations.filter((m) => m.version < 110)) db.exec(migration.sql);
    db.pragma('user_version = 100');
    const insert = db.prepare('INSERT INTO daily_flow VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run(ibans.acmeDe, day('2019-01-31'), 'EUR', 100, 0, 1, 0);
    insert.run(ibans.acmeDe, day('2019-01-02'), 'EUR', 0, 40, 0, 2);
    insert.run(ibans.acmeDe, day('2019-02-01'), 'EUR', 5, 0, 1, 0);
    db.prepare('INSERT INTO daily_country_flow VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      ibans.kempGb,
      day('2019-02-03'),
      'DE',
      'EUR',
      7,
      0,
      1,
      0,
    );
    // Migration 0110 alone: a later one (0150) checks these hand-made rows against each other.
    for (const migration of migrations.filter((m) => m.version === 110)) db.exec(migration.sql);
    expect(db.prepare('SELECT * FROM monthly_flow ORDER BY month').all()).toEqual([
      {
        iban: ibans.acmeDe,
        month: day('2019-01-01'),
        currency: 'EUR',
        in_cents: 100,
        out_cents: 40,
        in_count: 1,
        out_count: 2,
      },
      {
        iban: ibans.acmeDe,
        month: day('2019-02-01'),
        currency: 'EUR',
        in_cents: 5,
        out_cents: 0,
        in_count: 1,
        out_count: 0,
      },
    ]);
    db.close();
  });
});
