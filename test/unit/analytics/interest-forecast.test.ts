import { describe, expect, it } from 'vitest';
import { forecastBalance } from '../../../electron/analytics/forecast';
import { accruedInterest } from '../../../electron/analytics/interest';
import { dayFromIso, isoFromDay, weekdayOfDay } from '../../../shared/days';
import type { Company, RawTransaction } from '../../../shared/domain';
import { ibans, sepa, swift } from '../../helpers/records';
import { seedRates, seededDatabase } from '../../helpers/seeded-db';

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

/** A seeded uniform generator (32-bit LCG), so the data is fixed. */
function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 4294967297;
  };
}

describe('interest in USD over several currencies', () => {
  const random = uniform(11);
  const currencies = ['EUR', 'GBP', 'USD', 'JPY'];
  const records: RawTransaction[] = [];
  for (let d = 0; d < 90; d += 1) {
    const date = isoFromDay(day('2021-03-01') + d);
    const currency = currencies[d % 4] ?? 'EUR';
    const amount = Math.round(random() * 100_000) / 100;
    if (random() < 0.5)
      records.push(
        swift({
          id: `in-${d}`,
          payer: ibans.foreignCh,
          beneficiary: ibans.acmeDe,
          amount,
          currency,
          ts: `${date}T08:00:00Z`,
        }),
      );
    else
      records.push(
        swift({
          id: `out-${d}`,
          payer: ibans.acmeNl,
          beneficiary: ibans.foreignNo,
          amount: amount * 1.3,
          currency,
          ts: `${date}T16:30:00Z`,
        }),
      );
  }
  const db = seededDatabase(companies, records);
  // usd_rate reads as units per USD (docs/domain.md): divide. EUR goes through the median cross
  // rate of the ISO rows other than EUR and USD (EUR per USD = eur_rate × usd_rate of each row).
  const crosses = seedRates
    .filter((rate) => rate.currency === 'GBP' || rate.currency === 'JPY')
    .map((rate) => rate.eurRate * rate.usdRate);
  const eurPerUsd = crosses.reduce((sum, value) => sum + value, 0) / crosses.length;
  const usdFactor = new Map(seedRates.map((rate) => [rate.currency, 1 / rate.usdRate]));
  usdFactor.set('EUR', 1 / eurPerUsd);

  it("equals a naive day-by-day accrual over the raw transactions, converted by dividing by the rate table's USD column", () => {
    const from = day('2021-03-10');
    const to = day('2021-05-20');
    const result = accruedInterest(db, {
      companyId: 1,
      fromDay: from,
      toDay: to,
      currency: 'USD',
      debitRate: 0.07,
      creditRate: 0.02,
    });
    let earned = 0;
    let owed = 0;
    for (let d = from; d <= to; d += 1) {
      for (const iban of [ibans.acmeDe, ibans.acmeNl]) {
        let balance = 0;
        for (const r of records) {
          if (day(r.ts?.slice(0, 10) ?? '') > d) continue;
          // Identity for USD itself; JPY ÷ 133.18 and GBP ÷ 0.83 (units per USD); EUR at the cross rate.
          const factor = r.currency === 'USD' ? 1 : (usdFactor.get(r.currency ?? '') ?? NaN);
          const amount = Math.round((r.amount ?? 0) * 100) / 100;
          if (r.beneficiary === iban) balance += amount * factor;
          if (r.payer === iban) balance -= amount * factor;
        }
        if (balance < 0) owed += (-balance * 0.07) / 365;
        else earned += (balance * 0.02) / 365;
      }
    }
    expect(owed).toBeGreaterThan(0);
    expect(earned).toBeGreaterThan(0);
    expect(result.earned).toBeCloseTo(earned, 2);
    expect(result.owed).toBeCloseTo(owed, 2);
    expect(result.net).toBeCloseTo(earned - owed, 2);
  });
});

describe('forecast on a synthetic history', () => {
  const start = day('2022-01-03');
  const days = 364;
  const trend = 2;
  const weekdayEffect = [0, 50, 100, 150, 300, -300, -400];
  const random = uniform(5);
  const expectedNet = (d: number) => 1000 + trend * (d - start) + (weekdayEffect[weekdayOfDay(d)] ?? 0);
  const records: RawTransaction[] = [];
  for (let d = start; d < start + days; d += 1) {
    const amount = Math.round((expectedNet(d) + (random() - 0.5) * 100) * 100) / 100;
    records.push(
      sepa({
        id: `d-${d}`,
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount,
        ts: `${isoFromDay(d)}T12:00:00Z`,
      }),
    );
  }
  const db = seededDatabase(companies, records);
  const lastDay = start + days - 1;

  it('recovers the trend and weekly seasonality, predicts the growth over 28 days within 2 % of its true expectation, and reports its back-test error', () => {
    const target = lastDay + 28;
    const result = forecastBalance(db, { companyId: 1, targetDay: target, currency: 'EUR' });
    if (!result.available) throw new Error(result.reason);
    let truth = result.fromBalance;
    for (let d = lastDay + 1; d <= target; d += 1) truth += expectedNet(d);
    expect(Math.abs(result.balance - truth) / (truth - result.fromBalance)).toBeLessThan(0.02);
    expect(result.low95).toBeLessThan(truth);
    expect(result.high95).toBeGreaterThan(truth);
    expect(Math.abs(result.components.trend - trend)).toBeLessThan(0.2);
    weekdayEffect.forEach((effect, weekday) => {
      expect(Math.abs((result.components.weekday[weekday] ?? NaN) - effect)).toBeLessThan(30);
    });
    expect(result.backtestDays).toBeGreaterThan(0);
    expect(result.backtestMape).toBeGreaterThanOrEqual(0);
    expect(result.backtestMape).toBeLessThan(2);
  });

  it('declines, with a reason, when the history is too short or the day is not in the future', () => {
    const short = seededDatabase(companies, records.slice(0, 30));
    const tooShort = forecastBalance(short, { companyId: 1, targetDay: lastDay + 10, currency: 'EUR' });
    expect(tooShort.available).toBe(false);
    expect(tooShort.available ? '' : tooShort.reason).toContain('at least');
    const past = forecastBalance(db, { companyId: 1, targetDay: lastDay, currency: 'EUR' });
    expect(past.available ? '' : past.reason).toContain('not after the last synced day');
  });
});
