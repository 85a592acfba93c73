import { describe, expect, it } from 'vitest';
import { portfolio, type PortfolioQuery } from '../../../electron/analytics/portfolio';
import { dayFromIso, isoFromDay } from '../../../shared/days';
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

const records: RawTransaction[] = [
  sepa({ id: '1', payer: ibans.acmeNl, beneficiary: ibans.kempGb, amount: 300, ts: '2020-01-01T09:00:00Z' }),
  sepa({ id: '2', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 700, ts: '2020-01-03T09:00:00Z' }),
  sepa({ id: '3', payer: ibans.acmeDe, beneficiary: ibans.kempGb, amount: 1000, ts: '2020-01-05T09:00:00Z' }),
];
const db = seededDatabase(companies, records);

const base: PortfolioQuery = {
  currency: 'EUR',
  filter: 'all',
  sort: 'companyId',
  order: 'asc',
  offset: 0,
  limit: 100,
};

/** End-of-day balance of a company's accounts, straight from the raw records. */
function naiveBalance(company: Company, iso: string): number {
  let balance = 0;
  for (const r of records) {
    if ((r.ts ?? '').slice(0, 10) > iso) continue;
    if (company.ibans.includes(r.beneficiary ?? '')) balance += r.amount ?? 0;
    if (company.ibans.includes(r.payer ?? '')) balance -= r.amount ?? 0;
  }
  return balance;
}

describe('portfolio totals and sparklines', () => {
  it('sums balance, debt and credit over every matching company, not only the page', () => {
    const page = portfolio(db, { ...base, limit: 1 });
    expect(page.rows).toHaveLength(1);
    const all = portfolio(db, base).rows;
    expect(page.totals).toEqual({
      balance: all.reduce((sum, row) => sum + row.balance, 0),
      debt: all.reduce((sum, row) => sum + row.debt, 0),
      credit: all.reduce((sum, row) => sum + row.credit, 0),
    });
    const overdrawn = portfolio(db, { ...base, filter: 'overdrawn-now' });
    expect(overdrawn.totals.debt).toBe(all.reduce((sum, row) => sum + row.debt, 0));
    expect(overdrawn.totals.balance).toBe(overdrawn.rows.reduce((sum, row) => sum + row.balance, 0));
  });

  it('leaves sparklines out unless asked', () => {
    expect(portfolio(db, base).rows.every((row) => row.spark === undefined)).toBe(true);
  });

  it('draws each row’s end-of-day balances of the last days, oldest first, ending at today’s', () => {
    const result = portfolio(db, { ...base, sparkDays: 7 });
    const last = dayFromIso('2020-01-05') ?? 0;
    for (const row of result.rows) {
      const company = companies.find((c) => c.companyId === row.companyId);
      if (company === undefined) throw new Error('unknown company');
      const expected = Array.from({ length: 7 }, (_, index) => {
        return naiveBalance(company, isoFromDay(last - 6 + index));
      });
      expect(row.spark).toEqual(expected);
      expect(row.spark?.at(-1)).toBe(row.balance);
    }
  });
});
