import { describe, expect, it } from 'vitest';
import { accruedInterest } from '../../../electron/analytics/interest';
import { companySeries } from '../../../electron/analytics/series';
import { dayFromIso, isoFromDay } from '../../../shared/days';
import type { Company, RawTransaction } from '../../../shared/domain';
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
  { companyId: 2, name: 'Kemp', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
];

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(iso);
  return value;
}

/** A month of seeded flows in and out of both Acme accounts. */
function januaryFlows(): RawTransaction[] {
  const records: RawTransaction[] = [];
  for (let d = 0; d < 31; d += 1) {
    const date = isoFromDay(day('2020-01-01') + d);
    records.push(
      sepa({
        id: `in-${d}`,
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 100 + d,
        ts: `${date}T09:00:00Z`,
      }),
    );
    if (d % 3 === 0) {
      records.push(
        swift({
          id: `out-${d}`,
          payer: ibans.acmeNl,
          beneficiary: ibans.foreignCh,
          amount: 250,
          currency: 'EUR',
          ts: `${date}T15:00:00Z`,
        }),
      );
    }
  }
  return records;
}

describe('series', () => {
  const db = seededDatabase(companies, januaryFlows());

  it('chains buckets: each opening is the previous closing, and totals add up', () => {
    const series = companySeries(db, {
      companyId: 1,
      fromDay: day('2020-01-01'),
      toDay: day('2020-01-31'),
      granularity: 'week',
      currency: 'EUR',
    });
    expect(series.buckets.map((b) => b.label)).toEqual([
      '2020-W01',
      '2020-W02',
      '2020-W03',
      '2020-W04',
      '2020-W05',
    ]);
    expect(series.buckets[0]?.from).toBe('2020-01-01');
    for (let i = 1; i < series.buckets.length; i += 1) {
      expect(series.buckets[i]?.opening).toBeCloseTo(series.buckets[i - 1]?.closing ?? NaN, 9);
    }
    const inflow = series.buckets.reduce((sum, b) => sum + b.inflow, 0);
    expect(inflow).toBeCloseTo(31 * 100 + (30 * 31) / 2, 9);
    expect(series.totals.closing - series.totals.opening).toBeCloseTo(series.totals.net, 9);
  });

  it('counts the days an account was overdrawn and the peak debt', () => {
    const series = companySeries(db, {
      companyId: 1,
      fromDay: day('2020-01-01'),
      toDay: day('2020-01-31'),
      granularity: 'month',
      currency: 'EUR',
    });
    // The NL account only pays out: overdrawn from 1 January on, 11 payments of 250 by the 31st.
    expect(series.totals.daysOverdrawn).toBe(31);
    expect(series.totals.peakDebt).toBeCloseTo(11 * 250, 9);
  });

  it('refuses a granularity that would draw thousands of points', () => {
    const long = seededDatabase(companies, [
      sepa({
        id: 'a',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 1,
        ts: '2005-01-01T09:00:00Z',
      }),
      sepa({
        id: 'b',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 1,
        ts: '2025-01-01T09:00:00Z',
      }),
    ]);
    expect(() =>
      companySeries(long, {
        companyId: 1,
        fromDay: day('2000-01-01'),
        toDay: day('2030-12-31'),
        granularity: 'day',
        currency: 'EUR',
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('cuts a range reaching past the synced data to it, and says so', () => {
    const series = companySeries(db, {
      companyId: 1,
      fromDay: day('2015-01-01'),
      toDay: day('2030-12-31'),
      granularity: 'month',
      currency: 'EUR',
    });
    expect(series).toMatchObject({
      from: '2020-01-01',
      to: '2020-01-31',
      clampedFrom: '2015-01-01',
      clampedTo: '2030-12-31',
      span: { from: '2020-01-01', to: '2020-01-31' },
    });
    expect(series.buckets.map((b) => b.label)).toEqual(['2020-01']);
    // Only synced days can be overdrawn: the NL account from 1 to 31 January, not through 2030.
    expect(series.totals.daysOverdrawn).toBe(31);
  });

  it('answers a range outside the synced data with an error that says where the data is', () => {
    expect(() =>
      companySeries(db, {
        companyId: 1,
        fromDay: day('2024-01-01'),
        toDay: day('2024-12-31'),
        granularity: 'month',
        currency: 'EUR',
      }),
    ).toThrow(expect.objectContaining({ code: 'outside-synced-data' }));
  });
});

describe('own-account transfers in a series', () => {
  const db = seededDatabase(companies, [
    sepa({
      id: '1',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 500,
      ts: '2020-01-02T09:00:00Z',
    }),
    sepa({
      id: '2',
      payer: ibans.acmeDe,
      beneficiary: ibans.acmeNl,
      amount: 200,
      ts: '2020-01-03T09:00:00Z',
    }),
    sepa({ id: '3', payer: ibans.acmeNl, beneficiary: ibans.kempGb, amount: 50, ts: '2020-01-04T09:00:00Z' }),
  ]);

  it('leaves them out of company inflow, outflow and count, and lists them apart', () => {
    const series = companySeries(db, {
      companyId: 1,
      fromDay: day('2020-01-01'),
      toDay: day('2020-01-31'),
      granularity: 'day',
      currency: 'EUR',
    });
    expect(series.totals).toMatchObject({ inflow: 500, outflow: 50, count: 2 });
    expect(series.totals.internalTransfers).toEqual({ count: 1, volume: 200 });
    expect(series.buckets.find((b) => b.from === '2020-01-03')).toMatchObject({
      inflow: 0,
      outflow: 0,
      count: 0,
    });
    expect(series.totals.closing).toBeCloseTo(450, 9);
  });
});

describe('accrued interest', () => {
  const records = januaryFlows();
  const db = seededDatabase(companies, records);

  it('equals a naive day-by-day accrual over the raw transactions', () => {
    const result = accruedInterest(db, {
      companyId: 1,
      fromDay: day('2020-01-05'),
      toDay: day('2020-01-25'),
      currency: 'EUR',
      debitRate: 0.03,
      creditRate: 0.01,
    });
    let earned = 0;
    let owed = 0;
    for (let d = day('2020-01-05'); d <= day('2020-01-25'); d += 1) {
      for (const iban of [ibans.acmeDe, ibans.acmeNl]) {
        let balance = 0;
        for (const r of records) {
          if (r.ts === null || r.amount === null || dayFromIso(r.ts.slice(0, 10)) === null) continue;
          if ((dayFromIso(r.ts.slice(0, 10)) ?? Infinity) > d) continue;
          if (r.beneficiary === iban) balance += r.amount;
          if (r.payer === iban) balance -= r.amount;
        }
        if (balance < 0) owed += (-balance * 0.03) / 365;
        else earned += (balance * 0.01) / 365;
      }
    }
    expect(result.earned).toBeCloseTo(earned, 9);
    expect(result.owed).toBeCloseTo(owed, 9);
    expect(result.net).toBeCloseTo(earned - owed, 9);
  });

  it('accrues nothing after the last synced day', () => {
    const within = accruedInterest(db, {
      companyId: 1,
      fromDay: day('2020-01-01'),
      toDay: day('2020-01-31'),
      currency: 'EUR',
      debitRate: 0.03,
      creditRate: 0.01,
    });
    const beyond = accruedInterest(db, {
      companyId: 1,
      fromDay: day('2015-01-01'),
      toDay: day('2030-12-31'),
      currency: 'EUR',
      debitRate: 0.03,
      creditRate: 0.01,
    });
    expect(beyond).toMatchObject({ from: '2020-01-01', to: '2020-01-31', clampedTo: '2030-12-31' });
    expect(beyond.owed).toBe(within.owed);
    expect(beyond.earned).toBe(within.earned);
  });
});
