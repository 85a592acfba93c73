/**
 * The packed figures of migration 0130: filled by the migration for a database synced before it,
 * marked stale by the triggers when a running total or a recent daily row changes, packed again
 * by a refresh, and packed from a new cutoff once the last synced day has moved far enough.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WritableDb } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';
import { keptDays, refreshRecentFlows, rebuildSpanDays } from '../../../electron/db/mutations/recent-flows';
import { keptRecentFlows } from '../../../electron/db/queries/recent-flows';

const msPerDay = 86_400_000;
const lastDay = 19_000;

/** A database at the schema before 0130 with one transaction on `day` (only its time matters here). */
function databaseBefore0130(): WritableDb {
  const db = new Database(':memory:');
  const before = migrations.filter((m) => m.version < 130);
  for (const migration of before) db.exec(migration.sql);
  db.pragma(`user_version = ${String(before.at(-1)?.version ?? 0)}`);
  return db as WritableDb;
}

function addTransactionOn(db: WritableDb, day: number): void {
  db.prepare(
    `INSERT INTO txn (source, ext_id, payer, beneficiary, ts_ms, day, ts_text, amount_cents, currency, status)
     VALUES (0, ?, 'A', 'B', ?, ?, '', 1, 'EUR', 1)`,
  ).run(`t${day}`, day * msPerDay, day);
}

function addFlow(
  db: WritableDb,
  iban: string,
  day: number,
  currency: string,
  inCents: number,
  outCents: number,
) {
  const upsert = (table: string, keys: string, keyValues: string) =>
    db
      .prepare(
        `INSERT INTO ${table} (${keys}, currency, in_cents, out_cents, in_count, out_count)
         VALUES (${keyValues}, ?, ?, ?, 1, 1)
         ON CONFLICT (${keys}, currency) DO UPDATE SET in_cents = in_cents + excluded.in_cents,
           out_cents = out_cents + excluded.out_cents`,
      )
      .run(iban, day, currency, inCents, outCents);
  // Before migration 0150 the writer kept `daily_flow` as a table beside the country rows; since
  // then it is a view over them.
  const dailyIsTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'daily_flow'")
    .get();
  if (dailyIsTable !== undefined) upsert('daily_flow', 'iban, day', '?, ?');
  upsert('daily_country_flow', 'iban, day, country', "?, ?, 'NL'");
  db.prepare(
    `INSERT INTO account_total (iban, currency, in_cents, out_cents, in_count, out_count) VALUES (?, ?, ?, ?, 1, 1)
     ON CONFLICT (iban, currency) DO UPDATE SET in_cents = in_cents + excluded.in_cents,
       out_cents = out_cents + excluded.out_cents`,
  ).run(iban, currency, inCents, outCents);
}

/** The packed flows of an account as (day, currency, net cents) triples. */
function packed(db: WritableDb, iban: string): [number, string, number][] {
  const account = keptRecentFlows(db)?.accounts.get(iban);
  const triples: [number, string, number][] = [];
  for (let at = 0; account !== undefined && at < account.flows.length; at += 3)
    triples.push([
      account.flows[at] ?? NaN,
      account.currencies[account.flows[at + 1] ?? -1] ?? '?',
      account.flows[at + 2] ?? NaN,
    ]);
  return triples;
}

const stale = (db: WritableDb) => [...(keptRecentFlows(db)?.stale ?? [])].sort();

describe('recent flows (migration 0130)', () => {
  it('are filled by the migration from the aggregates already stored', () => {
    const db = databaseBefore0130();
    addTransactionOn(db, lastDay);
    addFlow(db, 'DE1', lastDay - 200, 'EUR', 500, 0);
    addFlow(db, 'DE1', lastDay - 3, 'USD', 0, 700);
    addFlow(db, 'DE1', lastDay - 3, 'EUR', 100, 0);
    addFlow(db, 'DE1', lastDay, 'EUR', 0, 40);
    addFlow(db, 'FR2', lastDay - 400, 'EUR', 900, 0);
    migrate(db);
    expect(keptRecentFlows(db)?.cutoff).toBe(lastDay - keptDays + 1);
    expect(packed(db, 'DE1')).toEqual([
      [lastDay - 3, 'EUR', 100],
      [lastDay - 3, 'USD', -700],
      [lastDay, 'EUR', -40],
    ]);
    expect([...(keptRecentFlows(db)?.accounts.get('DE1')?.totals ?? [])]).toEqual([560, -700]);
    // An account without recent flows keeps its running totals only.
    expect(packed(db, 'FR2')).toEqual([]);
    expect([...(keptRecentFlows(db)?.accounts.get('FR2')?.totals ?? [])]).toEqual([900]);
    expect(stale(db)).toEqual([]);
  });

  it('mark an account stale when its recent rows change, not its old ones, until a refresh', () => {
    const db = databaseBefore0130();
    addTransactionOn(db, lastDay);
    addFlow(db, 'DE1', lastDay - 1, 'EUR', 100, 0);
    migrate(db);
    addFlow(db, 'DE1', lastDay - 1, 'EUR', 50, 0);
    addFlow(db, 'FR2', lastDay, 'GBP', 0, 30);
    addFlow(db, 'IT3', lastDay - 300, 'EUR', 10, 0);
    // IT3's flow is older than the cutoff, but its running total changed.
    expect(stale(db)).toEqual(['DE1', 'FR2', 'IT3']);
    db.prepare('DELETE FROM daily_country_flow WHERE iban = ?').run('DE1');
    db.prepare('DELETE FROM account_total WHERE iban = ?').run('DE1');
    refreshRecentFlows(db);
    expect(stale(db)).toEqual([]);
    expect(keptRecentFlows(db)?.accounts.has('DE1')).toBe(false);
    expect(packed(db, 'FR2')).toEqual([[lastDay, 'GBP', -30]]);
  });

  it('are packed from a new cutoff once the last synced day has moved far past it', () => {
    const db = databaseBefore0130();
    addTransactionOn(db, lastDay);
    addFlow(db, 'DE1', lastDay - 1, 'EUR', 100, 0);
    migrate(db);
    const later = lastDay + rebuildSpanDays;
    addTransactionOn(db, later);
    addFlow(db, 'DE1', later, 'EUR', 0, 5);
    refreshRecentFlows(db);
    expect(keptRecentFlows(db)?.cutoff).toBe(later - keptDays + 1);
    expect(packed(db, 'DE1')).toEqual([[later, 'EUR', -5]]);
  });
});
