import { describe, expect, it } from 'vitest';
import { companyBalance } from '../../../electron/analytics/balance';
import { countriesTransacted } from '../../../electron/analytics/countries';
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
  { companyId: 2, name: 'Kemp and Sons', address: 'London', ibans: [ibans.kempGb], reportedBalance: -250 },
];

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(iso);
  return value;
}

describe('company balance', () => {
  const db = seededDatabase(companies, [
    sepa({
      id: '1',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 1000,
      ts: '2020-01-10T09:00:00Z',
    }),
    sepa({
      id: '2',
      payer: ibans.acmeNl,
      beneficiary: ibans.kempGb,
      amount: 400,
      ts: '2020-01-11T09:00:00Z',
    }),
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
      ts: '2020-01-13T23:59:59.999Z',
    }),
    swift({
      id: '5',
      payer: ibans.acmeDe,
      beneficiary: ibans.foreignNo,
      amount: 7,
      currency: 'SGP',
      ts: '2020-01-13T10:00:00Z',
    }),
    sepa({ id: '6', payer: ibans.acmeDe, beneficiary: ibans.acmeNl, amount: 25, ts: '2020-01-14T00:00:00Z' }),
  ]);

  it('sums inflows minus outflows per account up to the end of the day, converted to EUR', () => {
    const result = companyBalance(db, { companyId: 1, day: day('2020-01-13'), currency: 'EUR' });
    // DE: +1000 − 50 USD × 1 (eurRate) = 950; NL: −400 + 100 GBP × 1.32 = −268.
    expect(result.accounts).toEqual([
      { iban: ibans.acmeDe, balance: 950 },
      { iban: ibans.acmeNl, balance: -268 },
    ]);
    expect(result).toMatchObject({ balance: 682, debt: 268, credit: 950, at: '2020-01-13' });
  });

  it('uses identity for the reporting currency even when the table contradicts it', () => {
    // EUR has usdRate 1 in the seed table; USD has eurRate 1 but usdRate 1.1, which identity ignores.
    const result = companyBalance(db, { companyId: 1, day: day('2020-01-13'), currency: 'USD' });
    expect(result.accounts[0]?.balance).toBeCloseTo(1000 * 1 - 50, 9);
    expect(result.accounts[1]?.balance).toBeCloseTo(-400 * 1 + 100 * 0.83, 9);
  });

  it('books an own-account transfer as an outflow of one account and an inflow of the other', () => {
    const before = companyBalance(db, { companyId: 1, day: day('2020-01-13'), currency: 'EUR' });
    const after = companyBalance(db, { companyId: 1, day: day('2020-01-14'), currency: 'EUR' });
    expect(after.balance).toBeCloseTo(before.balance, 9);
    expect(after.accounts[0]?.balance).toBeCloseTo(925, 9);
  });

  it('shows the reported balance beside the computed one without adding it', () => {
    const result = companyBalance(db, { companyId: 2, day: day('2020-01-31'), currency: 'EUR' });
    expect(result).toMatchObject({
      balance: -600,
      reportedBalance: -250,
      reportedDifference: -350,
      debt: 600,
    });
  });

  it('answers not-found for an unknown company', () => {
    expect(() => companyBalance(db, { companyId: 99, currency: 'EUR' })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('lists counterparty countries with converted volumes and shares', () => {
    const result = countriesTransacted(db, {
      companyId: 1,
      fromDay: day('2020-01-01'),
      toDay: day('2020-01-31'),
      currency: 'EUR',
    });
    const byCountry = Object.fromEntries(result.countries.map((c) => [c.country, c]));
    expect(byCountry['GB']).toMatchObject({ inflow: 1000, outflow: 400, count: 2, name: 'United Kingdom' });
    expect(byCountry['CH']).toMatchObject({ inflow: 132, outflow: 0, count: 1 });
    expect(byCountry['NO']).toMatchObject({ inflow: 0, outflow: 50, count: 1 });
    // Own-account transfer: each side sees the other account's country.
    expect(byCountry['NL']).toMatchObject({ inflow: 0, outflow: 25 });
    expect(byCountry['DE']).toMatchObject({ inflow: 25, outflow: 0 });
    expect(result.countries.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1, 12);
  });
});
