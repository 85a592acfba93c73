import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type CachedDataset } from '../../../electron/simulator/dataset';
import { periodEndMs, periodStartMs, type SimTransaction } from '../../../electron/simulator/model';
import { computeTruth } from '../../../electron/simulator/truth/compute-truth';
import type { GroundTruth } from '../../../electron/simulator/truth/ground-truth';
import { writeTruth } from '../../../electron/simulator/truth/write-truth';

let dir: string;
let small: CachedDataset;
let truth: GroundTruth;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cashflow-'));
  small = openDataset({ setting: 'small', cacheDir: dir });
  truth = computeTruth(small);
});
afterAll(() => {
  small.close();
  rmSync(dir, { recursive: true, force: true });
});

const quarterEndsMs = Array.from({ length: 16 }, (_, i) =>
  Date.UTC(2018 + Math.floor(i / 4), (i % 4) * 3 + 3, 1),
);

/** The naive second computation: every record in memory, plain loops, floating point per record. */
function naive(dataset: CachedDataset) {
  const records: SimTransaction[] = [
    ...dataset.window('sepa', periodStartMs, periodEndMs),
    ...dataset.window('swift', periodStartMs, periodEndMs),
  ];
  const valid = records.filter((r) => r.corruption === null || r.corruption === 'strict-iban-warning');
  const rate = new Map(dataset.rates().map((r) => [r.currency, r]));
  // The bank's table as docs/domain.md reads it: eur_rate is EUR per unit, usd_rate units per USD,
  // and EUR per USD is the median of GBP, JPY, NOK and PLN's eur_rate × usd_rate.
  const crosses = ['GBP', 'JPY', 'NOK', 'PLN']
    .map((c) => (rate.get(c)?.eurRate ?? NaN) * (rate.get(c)?.usdRate ?? NaN))
    .sort((a, b) => a - b);
  const eurPerUsd = ((crosses[1] ?? NaN) + (crosses[2] ?? NaN)) / 2;
  const factor = (currency: string, into: 'EUR' | 'USD'): number => {
    if (currency === into) return 1;
    if (currency === 'USD') return eurPerUsd;
    if (currency === 'EUR') return 1 / eurPerUsd;
    return (into === 'EUR' ? rate.get(currency)?.eurRate : 1 / (rate.get(currency)?.usdRate ?? NaN)) ?? NaN;
  };
  const byIban = new Map<string, SimTransaction[]>();
  for (const r of valid) {
    for (const iban of new Set([r.payer, r.beneficiary])) byIban.set(iban, [...(byIban.get(iban) ?? []), r]);
  }
  const accountAt = (iban: string, endMs: number, into: 'EUR' | 'USD'): number => {
    let sum = 0;
    for (const r of byIban.get(iban) ?? []) {
      if (r.tsMs >= endMs) continue;
      const amount = (r.amount ?? 0) * factor(r.currency, into);
      if (r.beneficiary === iban) sum += amount;
      if (r.payer === iban) sum -= amount;
    }
    return sum;
  };
  return { valid, factor, accountAt, eurPerUsd };
}

function expectCent(actual: number | undefined, expected: number): void {
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(0.01 + 1e-9);
}

describe('ground truth', () => {
  it('lists the 16 quarter ends of the period', () => {
    expect(truth.quarterEnds[0]).toBe('2018-03-31');
    expect(truth.quarterEnds[1]).toBe('2018-06-30');
    expect(truth.quarterEnds.at(-1)).toBe('2021-12-31');
    expect(truth.quarterEnds).toHaveLength(16);
  });

  it("reads the bank's table as eur_rate multiplied, usd_rate divided, EUR↔USD the median cross rate", () => {
    expect(truth.reading).toMatchObject({ eurRate: 'multiply', usdRate: 'divide' });
    expect(truth.reading.eurPerUsd).toBeCloseTo(naive(small).eurPerUsd, 12);
  });

  it('matches a naive in-memory computation of account and company balances, debt and credit to the cent', () => {
    const { accountAt } = naive(small);
    for (const company of truth.companies) {
      for (const into of ['EUR', 'USD'] as const) {
        quarterEndsMs.forEach((endMs, q) => {
          const values = company.accounts.map((account) => accountAt(account.iban, endMs, into));
          company.accounts.forEach((account, a) => {
            expectCent((into === 'EUR' ? account.eur : account.usd)[q], values[a] ?? 0);
          });
          const series = into === 'EUR' ? company.eur : company.usd;
          expectCent(
            series.balance[q],
            values.reduce((s, v) => s + v, 0),
          );
          expectCent(
            series.debt[q],
            values.reduce((s, v) => s + Math.max(0, -v), 0),
          );
          expectCent(
            series.credit[q],
            values.reduce((s, v) => s + Math.max(0, v), 0),
          );
        });
      }
    }
  });

  it('matches a naive computation of the countries transacted with per company and quarter', () => {
    const { valid, factor } = naive(small);
    const inQuarter = quarterEndsMs.map((endMs, q) => {
      const startMs = q === 0 ? periodStartMs : (quarterEndsMs[q - 1] ?? 0);
      return valid.filter((r) => r.tsMs >= startMs && r.tsMs < endMs);
    });
    for (const company of truth.companies.filter((c) => c.companyId % 7 === 3)) {
      const own = new Set(small.company(company.companyId)?.ibans);
      inQuarter.forEach((records, q) => {
        const expected = new Map<string, { inflow: number; outflow: number; count: number }>();
        for (const r of records) {
          // A transfer between two of the company's own accounts is not cash flow of the company.
          if (own.has(r.payer) && own.has(r.beneficiary)) continue;
          const amount = (r.amount ?? 0) * factor(r.currency, 'EUR');
          for (const [mine, other, direction] of [
            [r.payer, r.beneficiary, 'outflow'],
            [r.beneficiary, r.payer, 'inflow'],
          ] as const) {
            if (!own.has(mine)) continue;
            const entry = expected.get(other.slice(0, 2)) ?? { inflow: 0, outflow: 0, count: 0 };
            entry[direction] += amount;
            entry.count += 1;
            expected.set(other.slice(0, 2), entry);
          }
        }
        const actual = company.countries[q]?.countries ?? [];
        expect(actual.map((c) => c.country)).toEqual([...expected.keys()].sort());
        for (const entry of actual) {
          const want = expected.get(entry.country);
          expect(entry.count).toBe(want?.count);
          expectCent(entry.inflow, want?.inflow ?? Number.NaN);
          expectCent(entry.outflow, want?.outflow ?? Number.NaN);
        }
      });
    }
  });

  it('finds the synced span and company flows without own-account transfers', () => {
    const { valid } = naive(small);
    const days = valid.map((r) => new Date(r.tsMs).toISOString().slice(0, 10)).sort();
    expect(truth.span).toEqual({ from: days[0], to: days.at(-1) });
    const company = truth.companies.find((c) => c.flows.some((f) => f.internal > 0));
    expect(company).toBeDefined();
    const own = new Set(small.company(company?.companyId ?? -1)?.ibans);
    const internal = valid.filter((r) => own.has(r.payer) && own.has(r.beneficiary)).length;
    expect(company?.flows.reduce((sum, f) => sum + f.internal, 0)).toBe(internal);
    const touching = valid.filter((r) => own.has(r.payer) !== own.has(r.beneficiary)).length;
    expect(company?.flows.reduce((sum, f) => sum + f.count, 0)).toBe(touching);
  });

  it('counts clean records exactly and every corruption kind as generated', () => {
    expect(truth.counts.sepa.clean).toBe(10_000);
    expect(truth.counts.swift.clean).toBe(100_000);
    expect(truth.counts).toEqual(small.counts);
    expect(truth.counts.swift.batchPayment).toBeGreaterThan(0);
  });

  it('writes the truth as JSON that reads back identical', () => {
    const file = join(dir, 'truth.json');
    const fd = openSync(file, 'w');
    writeTruth(fd, truth);
    closeSync(fd);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(truth);
  });

  it('is unchanged by corruption: dirty records are excluded, duplicates count once, strict warnings count', () => {
    const sizes = { companies: 8, sepa: 300, swift: 1_200 };
    const none = {
      batchPayment: 0,
      invalidIban: 0,
      invalidCurrency: 0,
      malformed: 0,
      duplicate: 0,
      strictIbanWarning: 0,
    };
    const lots = {
      batchPayment: 0.1,
      invalidIban: 0.1,
      invalidCurrency: 0.1,
      malformed: 0.1,
      duplicate: 0.1,
      strictIbanWarning: 0.1,
    };
    const clean = openDataset({ setting: 'small', sizes, rates: none, cacheDir: dir });
    const dirty = openDataset({ setting: 'small', sizes, rates: lots, cacheDir: dir });
    const [a, b] = [computeTruth(clean), computeTruth(dirty)];
    expect(b.counts.swift.duplicate).toBeGreaterThan(0);
    expect(b.companies).toEqual(a.companies);
    expect(a.companies.some((c) => c.eur.debt.some((d) => d > 0))).toBe(true);
    clean.close();
    dirty.close();
  });
});
