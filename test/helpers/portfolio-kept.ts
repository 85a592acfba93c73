/**
 * Checks of the portfolio's kept figures (migration 0130) against the computation from scratch: a
 * checksum of every row of the portfolio both ways, for several currencies and ranges, and a direct
 * comparison of each packed account with its daily aggregates.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { portfolio, type PortfolioQuery } from '../../electron/analytics/portfolio';
import { openReadableDatabase, type ReadableDb } from '../../electron/db/connection';
import { keptRecentFlows } from '../../electron/db/queries/recent-flows';
import { lastTransactionDay } from '../../electron/db/queries/sync-facts';
import type { FlowSource } from '../../electron/analytics/portfolio-figures';

/** The default 30 days in EUR and USD, a shorter range inside them, and sparklines; every company on one page. */
function queries(lastDay: number): PortfolioQuery[] {
  const all = { filter: 'all', sort: 'companyId', order: 'asc', offset: 0, limit: 1_000_000 } as const;
  return [
    { ...all, currency: 'EUR' },
    { ...all, currency: 'USD' },
    { ...all, currency: 'EUR', fromDay: lastDay - 20, toDay: lastDay - 5 },
    // Sparklines of every row: 90 days come from the kept flows, 200 from the aggregates.
    { ...all, currency: 'USD', sparkDays: 90 },
    { ...all, currency: 'EUR', sparkDays: 200 },
  ];
}

function checksum(db: ReadableDb, source: FlowSource, lastDay: number): string {
  const hash = createHash('sha256');
  for (const query of queries(lastDay)) {
    const result = portfolio(db, query, source);
    hash.update(JSON.stringify([result.rows, result.totals, result.overdrawnNowCount]));
  }
  return hash.digest('hex');
}

/**
 * Accounts whose packed figures differ from their aggregates: running totals, and daily nets from
 * the cutoff on (stale accounts excepted).
 */
function packedMismatches(db: ReadableDb): string[] {
  const kept = keptRecentFlows(db);
  if (kept === null) return [];
  const read = db.prepare(
    `SELECT day, currency, in_cents - out_cents AS net FROM daily_flow
     WHERE iban = ? AND day >= ? ORDER BY day, currency`,
  );
  const readTotals = db.prepare(
    'SELECT currency, in_cents - out_cents AS net FROM account_total WHERE iban = ? ORDER BY currency',
  );
  const ibans = db.prepare('SELECT DISTINCT iban FROM account_total').pluck().all() as string[];
  return ibans.filter((iban) => {
    if (kept.stale.has(iban)) return false;
    const expected = read.all(iban, kept.cutoff) as { day: number; currency: string; net: number }[];
    const packed = kept.accounts.get(iban);
    const actual: typeof expected = [];
    for (let at = 0; packed !== undefined && at < packed.flows.length; at += 3) {
      actual.push({
        day: packed.flows[at] ?? NaN,
        currency: packed.currencies[packed.flows[at + 1] ?? -1] ?? '?',
        net: packed.flows[at + 2] ?? NaN,
      });
    }
    const totals = [...(packed?.totals ?? [])].map((net, index) => ({
      currency: packed?.currencies[index] ?? '?',
      net,
    }));
    return (
      JSON.stringify(actual) !== JSON.stringify(expected) ||
      JSON.stringify(totals) !== JSON.stringify(readTotals.all(iban))
    );
  });
}

export interface KeptState {
  /** Whether the kept rows cover the default range (so the portfolio reads them). */
  readonly covering: boolean;
  readonly packedAccounts: number;
  readonly staleAccounts: number;
}

/**
 * Asserts that the kept figures equal the ones computed from scratch and that every packed account
 * matches its daily aggregates; returns what was kept, for the caller to check that it was used.
 */
export function expectKeptEqualsScratch(dbPath: string, label: string): KeptState {
  const db = openReadableDatabase(dbPath);
  try {
    const lastDay = lastTransactionDay(db) ?? 0;
    expect(checksum(db, 'kept', lastDay), label).toBe(checksum(db, 'scratch', lastDay));
    expect(packedMismatches(db), label).toEqual([]);
    const kept = keptRecentFlows(db);
    return {
      covering: kept !== null && kept.cutoff <= lastDay - 29,
      packedAccounts: kept?.accounts.size ?? 0,
      staleAccounts: kept?.stale.size ?? 0,
    };
  } finally {
    db.close();
  }
}
