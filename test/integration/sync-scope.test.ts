/**
 * Issue 13: a source limited to a portfolio (a scope) stores exactly the records that touch it, so
 * every figure of an in-scope company equals the ground truth of the full data set, in both dialects.
 * A seeded portfolio of 15 `small` companies holds a company with own-account transfers and pairs
 * that trade with each other. Adding a company later ends as if it had been there from the start,
 * and dropping one leaves the database a sync without it would have written.
 */
import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWritableDatabase, type ReadableDb } from '../../electron/db/connection';
import { replaceSourceScope } from '../../electron/db/mutations/scope';
import { databaseChecksum } from '../../electron/db/queries/checksum';
import { keptQualityFigures } from '../../electron/db/queries/quality';
import { recomputeQualityFigures } from '../../electron/db/queries/quality-recompute';
import { listSources } from '../../electron/db/queries/sources';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import { dropOutOfScope } from '../../electron/services/scope-drop';
import type { SyncSummary } from '../../shared/sync';
import { recordsTouching, scopeTransferKinds, seededPortfolio } from '../helpers/scope-portfolio';
import { expectKeptEqualsScratch } from '../helpers/portfolio-kept';
import { readDatabase } from '../helpers/read-database';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';
import { compareWithTruth } from '../helpers/truth-compare';

let fixture: SimFixture;
let fullPath: string;
let scope: number[];

const read = readDatabase;

async function sync(
  dialect: Dialect,
  dbPath: string,
  companies: readonly number[] | null,
): Promise<SyncSummary> {
  const server = await startSimulatorServer({ dataset: fixture.dataset, dialect });
  try {
    // One source identity across server restarts (new ports), so later syncs resume its cursors.
    return await runSyncJob({
      dbPath,
      url: server.url,
      sourceKey: `sim://${dialect}`,
      dialect,
      scope: companies,
      tuning: fastTuning,
    });
  } finally {
    await server.close();
  }
}

beforeAll(async () => {
  fixture = simFixture({ setting: 'small' });
  fullPath = fixture.dbPath('full');
  const summary = await sync('cdm-api', fullPath, null);
  expect(summary.error).toBeNull();
  scope = read(fullPath, (db) => seededPortfolio(db, fixture.truth, 13, 15));
});

afterAll(() => {
  fixture.dispose();
});

const truthOf = (companies: readonly number[]) => ({
  ...fixture.truth,
  companies: fixture.truth.companies.filter((company) => companies.includes(company.companyId)),
});

describe.each<Dialect>(['cdm-api', 'exposer'])('a scoped sync over the %s dialect', (dialect) => {
  let scopedPath: string;
  let summary: SyncSummary;

  beforeAll(async () => {
    scopedPath = fixture.dbPath(`${dialect}-scoped`);
    summary = await sync(dialect, scopedPath, scope);
  });

  it('completes, fetching only the portfolio, with the whole company list', () => {
    expect(summary.error).toBeNull();
    expect(summary).toMatchObject({ outcome: 'complete', companies: fixture.truth.companies.length });
    expect(summary.scope?.companies).toBe(15);
    read(fullPath, (full) => {
      // The portfolio holds transfers between its companies and between one company's own accounts.
      const kinds = scopeTransferKinds(full, scope);
      expect(kinds.across).toBeGreaterThan(0);
      expect(kinds.own).toBeGreaterThan(0);
      const total = full.prepare('SELECT count(*) FROM txn').pluck().get() as number;
      expect(summary.inserted).toBe(recordsTouching(full, scope).length);
      expect(summary.inserted).toBeLessThan(total / 2);
    });
  });

  it('stores exactly the records of the full sync that touch the portfolio, each once', () => {
    const expected = read(fullPath, (db) => recordsTouching(db, scope));
    read(scopedPath, (db) => {
      const count = db.prepare('SELECT count(*) FROM txn').pluck().get() as number;
      expect(count).toBe(expected.length);
      expect(recordsTouching(db, scope)).toEqual(expected);
    });
  });

  it('equals the ground truth of the full data set for every company in the portfolio', () => {
    read(scopedPath, (db) => {
      expect(compareWithTruth(db, truthOf(scope)).slice(0, 20)).toEqual([]);
    });
  });

  it('gives a company added to the scope later the same data as having had it from the start', async () => {
    const added = scope[3] ?? 0;
    const later = fixture.dbPath(`${dialect}-added-later`);
    const without = scope.filter((id) => id !== added);
    expect((await sync(dialect, later, without)).error).toBeNull();
    const withoutChecksum = read(later, databaseChecksum);
    const grown = await sync(dialect, later, scope);
    expect(grown.error).toBeNull();
    // Only the added company's history was new.
    expect(grown.inserted).toBe(
      read(fullPath, (db) => recordsTouching(db, scope).length - recordsTouching(db, without).length),
    );
    expect(read(later, databaseChecksum)).toBe(read(scopedPath, databaseChecksum));

    // Dropping it again leaves exactly the database a sync without it writes.
    const db = openWritableDatabase(later);
    try {
      const [source] = listSources(db);
      if (source === undefined) throw new Error('the sync stored no source');
      replaceSourceScope(db, source.sourceId, without);
      const dropped = dropOutOfScope(db, source.sourceId, [added]);
      expect(dropped.transactions).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    expect(read(later, databaseChecksum)).toBe(withoutChecksum);
    read(later, (db) => {
      expect(compareWithTruth(db, truthOf(without)).slice(0, 20)).toEqual([]);
    });
  });
});

describe('narrowing a whole-bank database to a portfolio', () => {
  /** Every aggregate row, in key order: equal when two databases hold the same valid records. */
  const aggregates = (db: ReadableDb) =>
    ['account_total', 'monthly_flow', 'daily_country_flow'].map((table) =>
      db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`).raw().all(),
    );

  it('drops everything outside it and leaves what a scoped sync would have stored', async () => {
    const scopedPath = fixture.dbPath('narrowed-reference');
    expect((await sync('cdm-api', scopedPath, scope)).error).toBeNull();
    const narrowed = fixture.dbPath('narrowed');
    copyFileSync(fullPath, narrowed);
    const expected = read(fullPath, (db) => recordsTouching(db, scope));
    const total = read(fullPath, (db) => db.prepare('SELECT count(*) FROM txn').pluck().get() as number);
    const db = openWritableDatabase(narrowed);
    try {
      const [source] = listSources(db);
      if (source === undefined) throw new Error('the sync stored no source');
      replaceSourceScope(db, source.sourceId, scope);
      // Without a list: every record that touches no company of the portfolio.
      expect(dropOutOfScope(db, source.sourceId, undefined).transactions).toBe(total - expected.length);
    } finally {
      db.close();
    }
    read(narrowed, (db) => {
      expect(db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(expected.length);
      expect(recordsTouching(db, scope)).toEqual(expected);
      expect(compareWithTruth(db, truthOf(scope)).slice(0, 20)).toEqual([]);
      // The kept figures followed the deletes and the rebuilt aggregates.
      expect(keptQualityFigures(db)).toEqual(recomputeQualityFigures(db));
      // Out-of-scope accounts keep only what their trades with the portfolio add up to.
      expect(aggregates(db)).toEqual(read(scopedPath, aggregates));
    });
    expectKeptEqualsScratch(narrowed, 'narrowed to the portfolio');
  });
});
