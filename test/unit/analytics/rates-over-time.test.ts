import { describe, expect, it } from 'vitest';
import { companyBalance } from '../../../electron/analytics/balance';
import { countriesTransacted } from '../../../electron/analytics/countries';
import { portfolio } from '../../../electron/analytics/portfolio';
import { companySeries } from '../../../electron/analytics/series';
import { updateSettings } from '../../../electron/settings/settings';
import { companyTransactions } from '../../../electron/analytics/transactions';
import { replaceRates } from '../../../electron/db/mutations/reference-data';
import { dayFromIso } from '../../../shared/days';
import type { Company, ExchangeRate } from '../../../shared/domain';
import { ibans, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const companies: Company[] = [
  { companyId: 1, name: 'Acme', address: 'Berlin', ibans: [ibans.acmeDe], reportedBalance: null },
];

function day(iso: string): number {
  return dayFromIso(iso) ?? NaN;
}

const table = (gbpInEur: number): ExchangeRate[] => [
  { currency: 'EUR', usdRate: 1.25, eurRate: 1 },
  { currency: 'USD', usdRate: 1, eurRate: 0.8 },
  { currency: 'GBP', usdRate: gbpInEur * 1.25, eurRate: gbpInEur },
];

/** 100 GBP arrives before the first snapshot, in January (first snapshot) and in February (second). */
function fixture() {
  const db = seededDatabase(
    companies,
    ['2019-12-15', '2020-01-15', '2020-02-15'].map((date, i) =>
      swift({
        id: String(i),
        payer: ibans.foreignCh,
        beneficiary: ibans.acmeDe,
        amount: 100,
        currency: 'GBP',
        ts: `${date}T09:00:00Z`,
      }),
    ),
  );
  replaceRates(db, table(1), day('2020-01-01'));
  replaceRates(db, table(2), day('2020-02-01'));
  return db;
}

const range = {
  companyId: 1,
  fromDay: day('2019-12-01'),
  toDay: day('2020-02-29'),
  currency: 'EUR',
} as const;

describe('rates over time', () => {
  it('converts every date at the latest rates under the "current" policy, and says so', () => {
    const db = fixture();
    const result = companyBalance(db, { companyId: 1, currency: 'EUR' });
    expect(result.balance).toBeCloseTo(600, 9);
    expect(result.conversion).toMatchObject({
      policy: 'current',
      asOf: '2020-02-01',
      snapshots: ['2020-01-01', '2020-02-01'],
    });
  });

  it('converts each day at the snapshot in force then, the earliest before any, under "per-date"', () => {
    const db = fixture();
    updateSettings(db, { ratePolicy: 'per-date' });
    // 100 × 1 (before the first snapshot: the earliest) + 100 × 1 (January) + 100 × 2 (February).
    expect(companyBalance(db, { companyId: 1, currency: 'EUR' }).balance).toBeCloseTo(400, 9);
    expect(companyBalance(db, { companyId: 1, day: day('2020-01-31'), currency: 'EUR' }).balance).toBeCloseTo(
      200,
      9,
    );
    const series = companySeries(db, { ...range, granularity: 'month' });
    expect(series.buckets.map((b) => b.inflow)).toEqual([100, 100, 200]);
    expect(series.conversion?.policy).toBe('per-date');
    expect(countriesTransacted(db, range).countries[0]?.inflow).toBeCloseTo(400, 9);
    const page = companyTransactions(db, {
      ...range,
      status: 'all',
      sort: 'ts',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(page.transactions.map((t) => t.converted)).toEqual([100, 100, 200]);
    const all = portfolio(db, {
      currency: 'EUR',
      filter: 'all',
      sort: 'companyId',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(all.rows[0]?.balance).toBeCloseTo(400, 9);
  });
});
