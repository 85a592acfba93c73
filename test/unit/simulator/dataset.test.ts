import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentStream } from '../../../shared/domain';
import { openDataset, type CachedDataset } from '../../../electron/simulator/dataset';
import { periodEndMs, periodStartMs, type SimTransaction } from '../../../electron/simulator/model';
import { seedRates } from '../../../electron/simulator/rates';

// High batch and duplicate rates so that groups sharing a key are everywhere.
const options = {
  setting: 'small',
  sizes: { companies: 10, sepa: 400, swift: 1_500 },
  rates: { batchPayment: 0.1, duplicate: 0.1, malformed: 0.02 },
} as const;
let dir: string;
let ints: CachedDataset;
let uuids: CachedDataset;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cashflow-'));
  ints = openDataset({ ...options, cacheDir: dir });
  uuids = openDataset({ ...options, cacheDir: dir, idKind: 'uuid' });
});
afterAll(() => {
  ints.close();
  uuids.close();
  rmSync(dir, { recursive: true, force: true });
});

const key = (r: SimTransaction): string => `${r.tsMs}|${r.id}`;
const everything = (dataset: CachedDataset, source: PaymentStream): SimTransaction[] =>
  dataset.window(source, periodStartMs, periodEndMs);

function pagesById(dataset: CachedDataset, source: PaymentStream, limit: number): SimTransaction[][] {
  const pages: SimTransaction[][] = [];
  let after = 0;
  for (;;) {
    const page = dataset.pageAfterId(source, after, limit);
    if (page.length === 0) return pages;
    pages.push(page);
    after = page.at(-1)?.idNum ?? after;
  }
}

function pagesByKey(dataset: CachedDataset, source: PaymentStream, limit: number): SimTransaction[][] {
  const pages: SimTransaction[][] = [];
  let afterMs = -1;
  let afterId = '';
  for (;;) {
    const page = dataset.pageAfterKey(source, afterMs, afterId, limit);
    if (page.length === 0) return pages;
    pages.push(page);
    const last = page.at(-1);
    if (last === undefined) return pages;
    afterMs = last.tsMs;
    afterId = last.id;
  }
}

function expectGroupsWhole(pages: SimTransaction[][]): void {
  const seen = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const record of page) {
      const first = seen.get(key(record));
      if (first !== undefined) expect(first).toBe(index);
      seen.set(key(record), index);
    }
  });
}

describe('SimDataset over the cache', () => {
  it('returns a time window ordered by time and row number, end exclusive', () => {
    const from = Date.UTC(2019, 4, 1);
    const to = Date.UTC(2019, 5, 1);
    const window = ints.window('swift', from, to);
    const expected = everything(ints, 'swift').filter((r) => r.tsMs >= from && r.tsMs < to);
    expect(window).toEqual(expected);
    expect(window.length).toBeGreaterThan(0);
    expect(ints.window('swift', from, from)).toEqual([]);
  });

  it('pages by integer id through every record exactly once without splitting a batch group', () => {
    for (const source of ['sepa', 'swift'] as const) {
      for (const limit of [1, 3, 50]) {
        const pages = pagesById(ints, source, limit);
        expect(pages.flat()).toEqual(everything(ints, source));
        expectGroupsWhole(pages);
        for (const page of pages) expect(page.length).toBeGreaterThanOrEqual(Math.min(limit, page.length));
      }
    }
  });

  it('extends a page past the limit to the end of a batch-payment group', () => {
    const records = everything(ints, 'swift');
    const member = records.find(
      (r, i) => r.corruption === 'batch-payment' && records[i + 1]?.idNum === r.idNum,
    );
    expect(member).toBeDefined();
    if (member === undefined) return;
    const page = ints.pageAfterId('swift', member.idNum - 1, 1);
    expect(page.length).toBe(records.filter((r) => r.idNum === member.idNum).length);
    expect(page.every((r) => r.idNum === member.idNum)).toBe(true);
  });

  it('pages by (timestamp, uuid) through every record exactly once, in (time, id) order, never splitting a group', () => {
    for (const source of ['sepa', 'swift'] as const) {
      for (const limit of [1, 7]) {
        const pages = pagesByKey(uuids, source, limit);
        const flat = pages.flat();
        const sorted = [...everything(uuids, source)].sort(
          (a, b) => a.tsMs - b.tsMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.seq - b.seq,
        );
        expect(flat).toEqual(sorted);
        expectGroupsWhole(pages);
      }
    }
  });

  it('pages by (timestamp, integer id) for an int data set too', () => {
    const pages = pagesByKey(ints, 'sepa', 5);
    expect(pages.flat()).toEqual(everything(ints, 'sepa'));
    expectGroupsWhole(pages);
  });

  it('filters pages by payer and beneficiary', () => {
    const company = ints.companies()[3];
    const iban = company?.ibans[0] ?? '';
    const paid = pagesFiltered(ints, { payer: iban });
    expect(paid).toEqual(everything(ints, 'sepa').filter((r) => r.payer === iban));
    expect(paid.length).toBeGreaterThan(0);
    const received = ints.pageAfterKey('sepa', -1, '', 100_000, { beneficiary: iban });
    expect(received).toEqual(everything(ints, 'sepa').filter((r) => r.beneficiary === iban));
    expect(ints.pageAfterId('sepa', 0, 10, { payer: 'DE00NOTKNOWN' })).toEqual([]);
  });

  it('reports the span, the companies by id and the seed rate table verbatim', () => {
    const records = everything(ints, 'sepa');
    expect(ints.span('sepa')).toEqual({ firstMs: records[0]?.tsMs, lastMs: records.at(-1)?.tsMs });
    expect(ints.company(4)).toEqual(ints.companies()[4]);
    expect(ints.company(999)).toBeUndefined();
    expect(ints.rates()).toEqual(seedRates);
    expect(ints.rates().find((r) => r.currency === 'EUR')).toEqual({
      currency: 'EUR',
      usdRate: 1,
      eurRate: 0.92,
    });
  });

  it('reuses the cache on a second open instead of generating again', () => {
    const before = statSync(ints.file).mtimeMs;
    let progressCalls = 0;
    const again = openDataset({ ...options, cacheDir: dir, onProgress: () => (progressCalls += 1) });
    expect(again.file).toBe(ints.file);
    expect(again.generated).toBe(false);
    expect(progressCalls).toBe(0);
    expect(statSync(ints.file).mtimeMs).toBe(before);
    again.close();
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('deletes a half-written cache left by a generator that crashed, and never serves it', () => {
    // Above Linux's largest possible pid (2^22), so no process can ever have it; a just-exited
    // child's pid could be reused on a busy machine.
    const gone = 2 ** 22 + 1;
    const other = { ...options, seed: 7, cacheDir: dir };
    const probe = openDataset(other);
    const file = probe.file;
    probe.close();
    rmSync(file);
    const leftover = `${file}.tmp-${gone}-1`;
    writeFileSync(leftover, 'half a cache');
    const dataset = openDataset(other);
    expect(dataset.generated).toBe(true);
    expect(existsSync(leftover)).toBe(false);
    expect(dataset.companies()).toHaveLength(options.sizes.companies);
    dataset.close();
  });

  it('rejects impossible sizes and seeds with an invalid-argument failure', () => {
    expect(() =>
      openDataset({ ...options, cacheDir: dir, sizes: { companies: 1, sepa: 1, swift: 1 } }),
    ).toThrow(/at least 2/);
    expect(() => openDataset({ ...options, cacheDir: dir, seed: -1 })).toThrow(/seed/);
    expect(() => openDataset({ ...options, cacheDir: dir, rates: { duplicate: 2 } })).toThrow(/duplicate/);
  });
});

function pagesFiltered(dataset: CachedDataset, filter: { payer: string }): SimTransaction[] {
  const out: SimTransaction[] = [];
  let after = 0;
  for (;;) {
    const page = dataset.pageAfterId('sepa', after, 2, filter);
    if (page.length === 0) return out;
    out.push(...page);
    after = page.at(-1)?.idNum ?? after;
  }
}
