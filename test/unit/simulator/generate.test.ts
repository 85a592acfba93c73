import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidIBAN } from 'ibantools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentStream } from '../../../shared/domain';
import {
  openDataset,
  type CachedDataset,
  type OpenDatasetOptions,
} from '../../../electron/simulator/dataset';
import { periodEndMs, periodStartMs, type SimTransaction } from '../../../electron/simulator/model';

const tiny = { companies: 12, sepa: 600, swift: 2_000 };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cashflow-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function open(options: Partial<OpenDatasetOptions> = {}): CachedDataset {
  return openDataset({
    setting: 'small',
    sizes: tiny,
    cacheDir: join(dir, String(options.seed ?? 42)),
    ...options,
  });
}

function all(dataset: CachedDataset, source: PaymentStream): SimTransaction[] {
  return dataset.window(source, periodStartMs, periodEndMs);
}

function contentHash(dataset: CachedDataset): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(dataset.companies()));
  for (const source of ['sepa', 'swift'] as const) {
    for (const record of all(dataset, source)) hash.update(JSON.stringify(record));
  }
  return hash.digest('hex');
}

describe('generation', () => {
  it('gives identical content for the same setting and seed, generated twice into separate caches', () => {
    const first = open({ cacheDir: join(dir, 'a') });
    const second = open({ cacheDir: join(dir, 'b') });
    expect(first.generated && second.generated).toBe(true);
    expect(contentHash(first)).toBe(contentHash(second));
    first.close();
    second.close();
  });

  it('gives different content for a different seed', () => {
    const first = open({ seed: 42 });
    const other = open({ seed: 43 });
    expect(contentHash(first)).not.toBe(contentHash(other));
    first.close();
    other.close();
  });

  it('generates exactly the clean counts of the small setting', () => {
    const dataset = openDataset({ setting: 'small', cacheDir: join(dir, 'small') });
    expect(dataset.companies()).toHaveLength(100);
    for (const [source, size] of [
      ['sepa', 10_000],
      ['swift', 100_000],
    ] as const) {
      const records = all(dataset, source);
      const clean = records.filter((r) => r.corruption === null || r.corruption === 'strict-iban-warning');
      expect(clean).toHaveLength(size);
      expect(dataset.counts[source].clean).toBe(size);
    }
    dataset.close();
  });

  it('generates exactly the clean counts of a sizes override and corruption at the configured rates', () => {
    const rates = {
      batchPayment: 0.02,
      invalidIban: 0.03,
      invalidCurrency: 0.01,
      malformed: 0.01,
      duplicate: 0.02,
      strictIbanWarning: 0.05,
    };
    const dataset = open({ rates, cacheDir: join(dir, 'rates') });
    for (const source of ['sepa', 'swift'] as const) {
      const records = all(dataset, source);
      const kind = (name: string): SimTransaction[] => records.filter((r) => r.corruption === name);
      const swiftRate = (rate: number): number => (source === 'swift' ? Math.round(rate * tiny[source]) : 0);
      expect(
        records.filter((r) => r.corruption === null || r.corruption === 'strict-iban-warning'),
      ).toHaveLength(tiny[source]);
      expect(kind('invalid-iban')).toHaveLength(swiftRate(rates.invalidIban));
      expect(kind('invalid-currency')).toHaveLength(swiftRate(rates.invalidCurrency));
      expect(kind('strict-iban-warning')).toHaveLength(swiftRate(rates.strictIbanWarning));
      expect(kind('malformed')).toHaveLength(Math.round(rates.malformed * tiny[source]));
      expect(kind('duplicate')).toHaveLength(Math.round(rates.duplicate * tiny[source]));
      const groups = new Map<string, SimTransaction[]>();
      for (const r of kind('batch-payment')) {
        const key = `${r.id}|${r.payer}|${r.beneficiary}|${r.time}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      expect(groups.size).toBe(Math.round(rates.batchPayment * tiny[source]));
      for (const members of groups.values()) {
        expect(members.length).toBeGreaterThanOrEqual(2);
        expect(members.length).toBeLessThanOrEqual(4);
        expect(new Set(members.map((m) => m.amount)).size).toBe(members.length);
      }
      expect(dataset.counts[source].batchPayment).toBe(kind('batch-payment').length);
    }
    dataset.close();
  });

  it('keeps every dirty record distinct in identity and every duplicate identical to a clean record', () => {
    const dataset = open({
      rates: { batchPayment: 0.05, malformed: 0.05, duplicate: 0.05 },
      cacheDir: join(dir, 'identity'),
    });
    for (const source of ['sepa', 'swift'] as const) {
      const records = all(dataset, source);
      const identity = (r: SimTransaction): string =>
        JSON.stringify([r.id, r.payer, r.beneficiary, r.time, r.amount]);
      const dirty = records.filter(
        (r) =>
          r.corruption !== null && r.corruption !== 'duplicate' && r.corruption !== 'strict-iban-warning',
      );
      expect(new Set(dirty.map(identity)).size).toBe(dirty.length);
      const clean = new Set(records.filter((r) => r.corruption === null).map(identity));
      for (const copy of records.filter((r) => r.corruption === 'duplicate'))
        expect(clean.has(identity(copy))).toBe(true);
      // No dirty record shares its id with a clean record (which would turn that one dirty).
      const cleanIds = new Set(records.filter((r) => r.corruption === null).map((r) => r.id));
      expect(dirty.filter((r) => cleanIds.has(r.id))).toEqual([]);
    }
    dataset.close();
  });

  it('gives every company 1 to 3 valid euro-area IBANs and a whole reported balance', () => {
    const dataset = open();
    const euroArea = new Set([
      'DE',
      'NL',
      'IT',
      'AT',
      'FI',
      'IE',
      'LU',
      'LV',
      'LT',
      'GR',
      'CY',
      'MT',
      'FR',
      'ES',
      'BE',
      'PT',
      'SK',
      'SI',
      'EE',
      'HR',
    ]);
    for (const company of dataset.companies()) {
      expect(company.ibans.length).toBeGreaterThanOrEqual(1);
      expect(company.ibans.length).toBeLessThanOrEqual(3);
      for (const iban of company.ibans) {
        expect(isValidIBAN(iban)).toBe(true);
        expect(euroArea.has(iban.slice(0, 2))).toBe(true);
      }
      expect(Number.isInteger(company.reportedBalance)).toBe(true);
      expect(company.name).not.toBe('');
    }
    dataset.close();
  });

  it('moves SEPA money only between company accounts, in EUR', () => {
    const dataset = open();
    const accounts = new Set(dataset.companies().flatMap((c) => c.ibans));
    for (const record of all(dataset, 'sepa')) {
      expect(accounts.has(record.payer) && accounts.has(record.beneficiary)).toBe(true);
      expect(record.currency).toBe('EUR');
    }
    dataset.close();
  });

  it('puts a company account on one side of each clean SWIFT record and a foreign party on the other', () => {
    const dataset = open();
    const accounts = new Set(dataset.companies().flatMap((c) => c.ibans));
    const clean = all(dataset, 'swift').filter((r) => r.corruption === null);
    for (const record of clean) {
      expect(accounts.has(record.payer) !== accounts.has(record.beneficiary)).toBe(true);
      expect(isValidIBAN(record.payer) && isValidIBAN(record.beneficiary)).toBe(true);
      expect(['EUR', 'USD', 'GBP', 'JPY', 'NOK', 'PLN']).toContain(record.currency);
    }
    expect(new Set(clean.map((r) => r.currency)).size).toBe(6);
    expect(
      new Set(clean.map((r) => (accounts.has(r.payer) ? r.beneficiary : r.payer).slice(0, 2))).size,
    ).toBeGreaterThan(20);
    dataset.close();
  });

  it('writes amounts with at most two decimals, JPY in whole yen, and RFC 3339 times matching the instant', () => {
    const dataset = open();
    const clean = all(dataset, 'swift').filter((r) => r.corruption === null);
    for (const record of clean) {
      const amount = record.amount ?? Number.NaN;
      expect(amount).toBeGreaterThan(0);
      expect(
        Number.isInteger(Math.round(amount * 100)) &&
          Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6,
      ).toBe(true);
      if (record.currency === 'JPY') expect(Number.isInteger(amount)).toBe(true);
      expect(record.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{2}|\.\d{6})?Z$/);
      expect(Math.floor(Date.parse(record.time) / 1000)).toBe(Math.floor(record.tsMs / 1000));
    }
    expect(clean.some((r) => /\.\d{2}Z$/.test(r.time))).toBe(true);
    expect(clean.some((r) => /\.\d{6}Z$/.test(r.time))).toBe(true);
    dataset.close();
  });

  it('lets integer ids and row numbers grow with time, and derives uuids from the integer id', () => {
    const ints = open();
    const uuids = open({ idKind: 'uuid', cacheDir: join(dir, 'uuid') });
    const a = all(ints, 'swift');
    const b = all(uuids, 'swift');
    for (let i = 1; i < a.length; i += 1) {
      const [previous, current] = [a[i - 1], a[i]];
      if (previous === undefined || current === undefined) continue;
      expect(current.seq).toBe(previous.seq + 1);
      expect(current.idNum).toBeGreaterThanOrEqual(previous.idNum);
      expect(current.tsMs).toBeGreaterThanOrEqual(previous.tsMs);
    }
    expect(b.map((r) => r.idNum)).toEqual(a.map((r) => r.idNum));
    const byId = new Map(b.map((r) => [r.idNum, r.id]));
    expect(new Set(byId.values()).size).toBe(byId.size);
    for (const id of byId.values())
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    ints.close();
    uuids.close();
  });

  it('has fewer records on weekends and most timestamps in business hours', () => {
    const dataset = open({
      sizes: { companies: 12, sepa: 100, swift: 20_000 },
      cacheDir: join(dir, 'hours'),
    });
    const clean = all(dataset, 'swift').filter((r) => r.corruption === null);
    const weekend = clean.filter((r) => [0, 6].includes(new Date(r.tsMs).getUTCDay())).length;
    const business = clean.filter(
      (r) => new Date(r.tsMs).getUTCHours() >= 8 && new Date(r.tsMs).getUTCHours() < 18,
    ).length;
    expect(weekend / clean.length).toBeLessThan(0.15);
    expect(business / clean.length).toBeGreaterThan(0.8);
    dataset.close();
  });
});
