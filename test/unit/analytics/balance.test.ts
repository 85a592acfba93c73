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

/**
 * The seed table read as docs/domain.md says: eur_rate is EUR per unit, usd_rate units per USD, and
 * EUR↔USD is the median of the implied cross rates of its ISO rows other than EUR and USD.
 */
const eurPerUsd = (0.83 * 1.32 + 133.18 * 0.0082) / 2;

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
    // DE: +1000 − 50 USD at the cross rate; NL: −400 + 100 GBP × 1.32 = −268.
    const de = 1000 - 50 * eurPerUsd;
    expect(result.accounts[0]?.balance).toBeCloseTo(de, 9);
    expect(result.accounts[1]?.balance).toBeCloseTo(-268, 9);
    expect(result).toMatchObject({ debt: 268, at: '2020-01-13' });
    expect(result.balance).toBeCloseTo(de - 268, 9);
    expect(result.credit).toBeCloseTo(de, 9);
  });

  it('uses identity for the reporting currency even when the table contradicts it', () => {
    // USD has usdRate 1.1 in the seed table, which identity ignores; EUR goes through the cross
    // rate (its row contradicts identity too), GBP divides by its usd_rate (units per USD).
    const result = companyBalance(db, { companyId: 1, day: day('2020-01-13'), currency: 'USD' });
    expect(result.accounts[0]?.balance).toBeCloseTo(1000 / eurPerUsd - 50, 9);
    expect(result.accounts[1]?.balance).toBeCloseTo(-400 / eurPerUsd + 100 / 0.83, 9);
  });

  it('books an own-account transfer as an outflow of one account and an inflow of the other', () => {
    const before = companyBalance(db, { companyId: 1, day: day('2020-01-13'), currency: 'EUR' });
    const after = companyBalance(db, { companyId: 1, day: day('2020-01-14'), currency: 'EUR' });
    expect(after.balance).toBeCloseTo(before.balance, 9);
    expect(after.accounts[0]?.balance).toBeCloseTo((before.accounts[0]?.balance ?? NaN) - 25, 9);
    expect(after.accounts[1]?.balance).toBeCloseTo((before.accounts[1]?.balance ?? NaN) + 25, 9);
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
    expect(byCountry['NO']).toMatchObject({ inflow: 0, count: 1 });
    expect(byCountry['NO']?.outflow).toBeCloseTo(50 * eurPerUsd, 9);
    // The own-account transfer (DE → NL) is not cash flow of the company: listed apart instead.
    expect(byCountry['NL']).toBeUndefined();
    expect(byCountry['DE']).toBeUndefined();
    expect(result.internalTransfers).toEqual({ count: 1, volume: 25 });
    expect(result.countries.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1, 12);
  });
});
