import { describe, expect, it } from 'vitest';
import { portfolio, type PortfolioQuery } from '../../../electron/analytics/portfolio';
import { updateSettings } from '../../../electron/settings/settings';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { loadAccountOwners } from '../../../electron/db/queries/account-owners';
import { classifyTransaction } from '../../../electron/sync/classify';
import { dayFromIso } from '../../../shared/days';
import type { Company, RawTransaction } from '../../../shared/domain';
import { ibans, sepa } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const companies: Company[] = [
  {
    companyId: 1,
    name: 'Acme',
    address: 'Berlin',
    ibans: [ibans.acmeDe, ibans.acmeNl],
    reportedBalance: null,
  },
  { companyId: 2, name: 'Kemp and Sons', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
  { companyId: 3, name: 'Idle Holdings', address: 'Oslo', ibans: [ibans.foreignNo], reportedBalance: null },
];

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(iso);
  return value;
}

const records: RawTransaction[] = [
  sepa({ id: '1', payer: ibans.acmeNl, beneficiary: ibans.kempGb, amount: 300, ts: '2019-12-01T09:00:00Z' }),
  // Kemp dips below zero on 11 January and recovers on 20 January.
  sepa({ id: '2', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 700, ts: '2020-01-11T09:00:00Z' }),
  sepa({ id: '3', payer: ibans.acmeDe, beneficiary: ibans.kempGb, amount: 1000, ts: '2020-01-20T09:00:00Z' }),
  sepa({
    id: '4',
    payer: ibans.acmeNl,
    beneficiary: ibans.foreignCh,
    amount: 50,
    ts: '2020-02-15T09:00:00Z',
  }),
];
const db = seededDatabase(companies, records);

/** Balance of an account at the end of a day, straight from the raw records. */
function naiveBalance(iban: string, atDay: number): number {
  let balance = 0;
  for (const r of records) {
    if ((dayFromIso(r.ts?.slice(0, 10) ?? '') ?? Infinity) > atDay) continue;
    if (r.beneficiary === iban) balance += r.amount ?? 0;
    if (r.payer === iban) balance -= r.amount ?? 0;
  }
  return balance;
}

const base: PortfolioQuery = {
  currency: 'EUR',
  filter: 'all',
  sort: 'companyId',
  order: 'asc',
  offset: 0,
  limit: 100,
};

describe('portfolio', () => {
  it('lists every company with its current balance, debt, credit and 30-day net flow', () => {
    const result = portfolio(db, base);
    expect(result.asOf).toBe('2020-02-15');
    expect(result.total).toBe(3);
    const last = day('2020-02-15');
    const [acme, kemp, idle] = result.rows;
    expect(acme).toMatchObject({
      companyId: 1,
      balance: naiveBalance(ibans.acmeDe, last) + naiveBalance(ibans.acmeNl, last),
      debt: 650,
      credit: 0,
      overdrawnNow: true,
    });
    // The 30 days ending 15 February (from 17 January) hold the 1000 of 20 January and the 50 of 15 February.
    expect(acme?.netFlow30).toBeCloseTo(-1050, 9);
    expect(kemp).toMatchObject({
      balance: naiveBalance(ibans.kempGb, last),
      overdrawnNow: false,
      netFlow30: 1000,
    });
    expect(idle).toMatchObject({ balance: 0, debt: 0, credit: 0, overdrawnNow: false, wentOverdrawn: false });
    expect(result.overdrawnNowCount).toBe(1);
  });

  it('finds a company that went overdrawn inside the range although it is in credit now', () => {
    const january = portfolio(db, {
      ...base,
      filter: 'went-overdrawn',
      fromDay: day('2020-01-01'),
      toDay: day('2020-01-31'),
    });
    expect(january.rows.map((row) => row.companyId)).toEqual([1, 2]);
    // Kemp was overdrawn 11–19 January only.
    const late = portfolio(db, {
      ...base,
      filter: 'went-overdrawn',
      fromDay: day('2020-01-20'),
      toDay: day('2020-01-31'),
    });
    expect(late.rows.map((row) => row.companyId)).toEqual([1]);
    const early = portfolio(db, {
      ...base,
      filter: 'went-overdrawn',
      fromDay: day('2020-01-12'),
      toDay: day('2020-01-12'),
    });
    expect(early.rows.map((row) => row.companyId)).toEqual([1, 2]);
    const before = portfolio(db, {
      ...base,
      filter: 'went-overdrawn',
      fromDay: day('2019-12-05'),
      toDay: day('2020-01-10'),
    });
    expect(before.rows.map((row) => row.companyId)).toEqual([1]);
  });

  it('filters to companies overdrawn now, sorts by debt, filters by name and pages', () => {
    expect(portfolio(db, { ...base, filter: 'overdrawn-now' }).rows.map((row) => row.companyId)).toEqual([1]);
    expect(
      portfolio(db, { ...base, sort: 'balance', order: 'desc' }).rows.map((row) => row.companyId),
    ).toEqual([2, 3, 1]);
    expect(portfolio(db, { ...base, text: 'KEMP' }).rows.map((row) => row.name)).toEqual(['Kemp and Sons']);
    const page = portfolio(db, { ...base, offset: 1, limit: 1 });
    expect(page.rows.map((row) => row.companyId)).toEqual([2]);
    expect(page.total).toBe(3);
  });

  it('refuses a range that starts after it ends', () => {
    expect(() => portfolio(db, { ...base, fromDay: day('2021-01-01') })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });

  it('recomputes at once after a settings change or newly ingested records', () => {
    const fresh = seededDatabase(companies, records);
    const balanceOf = (companyId: number) =>
      portfolio(fresh, base).rows.find((row) => row.companyId === companyId)?.balance;
    expect(balanceOf(3)).toBe(0);
    updateSettings(fresh, { openingBalances: [{ iban: ibans.foreignNo, reporting: 'EUR', amount: 250 }] });
    expect(balanceOf(3)).toBe(250);
    const ingester = createTransactionIngester(fresh);
    const record = sepa({
      id: '9',
      payer: ibans.kempGb,
      beneficiary: ibans.foreignNo,
      amount: 50,
      ts: '2020-02-15T10:00:00Z',
    });
    fresh.transaction(() =>
      ingester.ingest([classifyTransaction(record, { strictIban: false })], loadAccountOwners(fresh)),
    )();
    expect(balanceOf(3)).toBe(300);
  });
});
