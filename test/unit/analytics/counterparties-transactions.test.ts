import { describe, expect, it } from 'vitest';
import { topCounterparties } from '../../../electron/analytics/counterparties';
import { companyTransactions } from '../../../electron/analytics/transactions';
import { dayFromIso } from '../../../shared/days';
import type { Company } from '../../../shared/domain';
import { ibans, sepa, swift } from '../../helpers/records';
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
];

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(iso);
  return value;
}

const db = seededDatabase(companies, [
  sepa({ id: '1', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 1000, ts: '2020-01-10T09:00:00Z' }),
  sepa({ id: '2', payer: ibans.acmeNl, beneficiary: ibans.kempGb, amount: 400, ts: '2020-01-11T09:00:00Z' }),
  swift({
    id: '3',
    payer: ibans.foreignCh,
    beneficiary: ibans.acmeNl,
    amount: 100,
    currency: 'GBP',
    ts: '2020-01-12T09:00:00Z',
  }),
  swift({
    id: '4',
    payer: ibans.acmeDe,
    beneficiary: ibans.foreignNo,
    amount: 50,
    currency: 'USD',
    ts: '2020-01-13T10:00:00Z',
  }),
  sepa({ id: '5', payer: ibans.acmeDe, beneficiary: ibans.acmeNl, amount: 25, ts: '2020-01-14T00:00:00Z' }),
  // A batch payment: same id, parties and time, different amounts — both quarantined.
  swift({
    id: '6',
    payer: ibans.foreignCh,
    beneficiary: ibans.acmeDe,
    amount: 10,
    currency: 'EUR',
    ts: '2020-01-15T08:00:00Z',
  }),
  swift({
    id: '6',
    payer: ibans.foreignCh,
    beneficiary: ibans.acmeDe,
    amount: 11,
    currency: 'EUR',
    ts: '2020-01-15T08:00:00Z',
  }),
  // Outside the range.
  sepa({ id: '7', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 5000, ts: '2020-02-10T09:00:00Z' }),
]);
const january = {
  companyId: 1,
  fromDay: day('2020-01-01'),
  toDay: day('2020-01-31'),
  currency: 'EUR' as const,
};

describe('top counterparties', () => {
  it('ranks counterparties by converted volume of valid transactions in the range, with country and owner', () => {
    const result = topCounterparties(db, { ...january, limit: 10, direction: 'both' });
    expect(result.counterparties.map((c) => c.iban)).toEqual([
      ibans.kempGb,
      ibans.foreignCh,
      ibans.foreignNo,
    ]);
    expect(result.counterparties[0]).toMatchObject({
      inflow: 1000,
      outflow: 400,
      volume: 1400,
      count: 2,
      direction: 'both',
      country: 'GB',
      companyId: 2,
      companyName: 'Kemp and Sons',
    });
    // 100 GBP at eurRate 1.32; the quarantined batch payment adds nothing.
    expect(result.counterparties[1]).toMatchObject({
      inflow: 132,
      outflow: 0,
      count: 1,
      direction: 'in',
      companyId: null,
      countryName: 'Switzerland',
    });
  });

  it("never lists the company's own accounts as its counterparties", () => {
    // The DE account paid the NL account: money that never left the company.
    const result = topCounterparties(db, { ...january, limit: 10, direction: 'both' });
    expect(result.counterparties.map((c) => c.companyId)).not.toContain(1);
  });

  it('keeps only payers when asked for the inflow side, ranked by what they paid, and honours the limit', () => {
    const result = topCounterparties(db, { ...january, limit: 2, direction: 'in' });
    expect(result.counterparties.map((c) => [c.iban, c.volume])).toEqual([
      [ibans.kempGb, 1000],
      [ibans.foreignCh, 132],
    ]);
  });
});

describe('company transactions', () => {
  it('lists valid and quarantined transactions of the range with source, status and reason, newest first', () => {
    const page = companyTransactions(db, {
      ...january,
      status: 'all',
      sort: 'ts',
      order: 'desc',
      offset: 0,
      limit: 50,
    });
    expect(page.total).toBe(7);
    expect(page.transactions.map((t) => t.id)).toEqual(['6', '6', '5', '4', '3', '2', '1']);
    expect(page.transactions[0]).toMatchObject({
      source: 'swift',
      status: 'quarantined',
      reason: 'batch-payment',
      direction: 'in',
    });
    expect(page.transactions[2]).toMatchObject({
      direction: 'own',
      status: 'valid',
      reason: null,
      day: '2020-01-14',
    });
    expect(page.transactions.find((t) => t.id === '3')).toMatchObject({
      amount: 100,
      currency: 'GBP',
      direction: 'in',
    });
    expect(page.transactions.find((t) => t.id === '3')?.converted).toBeCloseTo(132, 9);
  });

  it('counts a transfer between two own accounts once', () => {
    const page = companyTransactions(db, {
      ...january,
      status: 'valid',
      sort: 'ts',
      order: 'asc',
      offset: 0,
      limit: 50,
    });
    expect(page.transactions.filter((t) => t.id === '5')).toHaveLength(1);
    expect(page.total).toBe(5);
  });

  it('filters quarantined records and pages through them in a stable order', () => {
    const quarantined = companyTransactions(db, {
      ...january,
      status: 'quarantined',
      sort: 'amount',
      order: 'desc',
      offset: 0,
      limit: 1,
    });
    expect(quarantined.total).toBe(2);
    expect(quarantined.transactions.map((t) => t.amount)).toEqual([11]);
    const second = companyTransactions(db, {
      ...january,
      status: 'quarantined',
      sort: 'amount',
      order: 'desc',
      offset: 1,
      limit: 1,
    });
    expect(second.transactions.map((t) => t.amount)).toEqual([10]);
  });

  it('sorts by the amount converted into the reporting currency, not by the raw amount', () => {
    const mixed = seededDatabase(companies, [
      swift({
        id: 'j',
        payer: ibans.foreignCh,
        beneficiary: ibans.acmeDe,
        amount: 10_000,
        currency: 'JPY',
        ts: '2020-01-10T09:00:00Z',
      }),
      swift({
        id: 'e',
        payer: ibans.foreignCh,
        beneficiary: ibans.acmeDe,
        amount: 100,
        currency: 'EUR',
        ts: '2020-01-11T09:00:00Z',
      }),
      swift({
        id: 'g',
        payer: ibans.foreignCh,
        beneficiary: ibans.acmeDe,
        amount: 50,
        currency: 'GBP',
        ts: '2020-01-12T09:00:00Z',
      }),
      swift({
        id: 'x',
        payer: ibans.foreignCh,
        beneficiary: ibans.acmeDe,
        amount: 1,
        currency: 'CHF',
        ts: '2020-01-13T09:00:00Z',
      }),
    ]);
    const page = companyTransactions(mixed, {
      ...january,
      currency: 'EUR',
      status: 'valid',
      sort: 'amount',
      order: 'asc',
      offset: 0,
      limit: 50,
    });
    // 50 GBP = 66 EUR, 10,000 JPY = 82 EUR, then 100 EUR; CHF has no rate and comes last.
    expect(page.transactions.map((t) => t.id)).toEqual(['g', 'j', 'e', 'x']);
  });

  it('flags records identical apart from their id as possible duplicates, and still counts both', () => {
    const twice = seededDatabase(companies, [
      sepa({
        id: 'a',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 70,
        ts: '2020-01-10T09:00:00Z',
      }),
      sepa({
        id: 'b',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 70,
        ts: '2020-01-10T09:00:00Z',
      }),
      sepa({
        id: 'c',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 71,
        ts: '2020-01-10T09:00:00Z',
      }),
    ]);
    const page = companyTransactions(twice, {
      ...january,
      status: 'all',
      sort: 'ts',
      order: 'asc',
      offset: 0,
      limit: 50,
    });
    expect(Object.fromEntries(page.transactions.map((t) => [t.id, t.possibleDuplicate]))).toEqual({
      a: true,
      b: true,
      c: false,
    });
    expect(page.total).toBe(3);
  });
});
