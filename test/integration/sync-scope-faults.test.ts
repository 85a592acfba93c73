/**
 * A scoped sync under every simulator fault at once (as sync-faults.test.ts does for the whole bank):
 * 5xx answers, resets, hangs, slow answers, duplicated or overlapping pages and truncated bodies, with
 * four party filters read at once, end with the database of a clean scoped run and with the ground
 * truth for every company in the portfolio, in both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChecksum } from '../../electron/db/queries/checksum';
import type { FaultRates } from '../../electron/simulator/faults/fault-spec';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { runSyncJob, type SyncTuning } from '../../electron/sync/job';
import type { SyncSummary } from '../../shared/sync';
import { seededPortfolio } from '../helpers/scope-portfolio';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';
import { readDatabase } from '../helpers/read-database';
import { compareWithTruth } from '../helpers/truth-compare';

const sizes = { companies: 20, sepa: 1500, swift: 6000 };

const faultRates: Record<Dialect, FaultRates> = {
  'cdm-api': { status5xx: 0.05, reset: 0.02, hang: 0.01, slow: 0.05, duplicate: 0.05, truncate: 0.01 },
  exposer: { status5xx: 0.05, reset: 0.02, hang: 0.003, slow: 0.02, duplicate: 0.05, truncate: 0.01 },
};

const retry = { maxAttempts: 12, baseDelayMs: 2, maxDelayMs: 20, maxRetryAfterMs: 20 };
const tuning: Record<Dialect, SyncTuning> = {
  'cdm-api': {
    timeouts: { connectMs: 2000, headersMs: 400, bodyMs: 400 },
    retry,
    pageLimit: 50,
    commitRecords: 300,
    partyConnections: 4,
  },
  exposer: { timeouts: { connectMs: 2000, headersMs: 500, bodyMs: 500 }, retry, commitRecords: 1000 },
};

const seeds = [3, 3 + 7919, 3 + 2 * 7919];

let fixture: SimFixture;
let scope: number[];

const read = readDatabase;

async function sync(dialect: Dialect, dbPath: string, faultSeed?: number): Promise<SyncSummary> {
  const server = await startSimulatorServer({
    dataset: fixture.dataset,
    dialect,
    ...(faultSeed === undefined ? {} : { faults: faultRates[dialect], faultSeed, slowMs: 50 }),
  });
  try {
    return await runSyncJob({ dbPath, url: server.url, dialect, scope, tuning: tuning[dialect] });
  } finally {
    await server.close();
  }
}

beforeAll(async () => {
  fixture = simFixture({ setting: 'small', sizes });
  const fullPath = fixture.dbPath('full');
  const server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
  try {
    expect((await runSyncJob({ dbPath: fullPath, url: server.url, dialect: 'cdm-api' })).error).toBeNull();
  } finally {
    await server.close();
  }
  scope = read(fullPath, (db) => seededPortfolio(db, fixture.truth, 5, 6));
});

afterAll(() => {
  fixture.dispose();
});

describe.each<Dialect>(['cdm-api', 'exposer'])(
  'a scoped sync over the %s dialect with every fault kind',
  (dialect) => {
    let cleanChecksum = '';
    let retries = 0;

    beforeAll(async () => {
      const dbPath = fixture.dbPath(`${dialect}-clean`);
      expect((await sync(dialect, dbPath)).error).toBeNull();
      cleanChecksum = read(dbPath, databaseChecksum);
    });

    it.each(seeds)(
      'ends with the clean scoped database and the ground truth under fault seed %i',
      async (seed) => {
        const dbPath = fixture.dbPath(`${dialect}-faults-${seed}`);
        const summary = await sync(dialect, dbPath, seed);
        retries += summary.retries;
        expect(summary.error).toBeNull();
        expect(read(dbPath, databaseChecksum)).toBe(cleanChecksum);
        const truth = {
          ...fixture.truth,
          companies: fixture.truth.companies.filter((company) => scope.includes(company.companyId)),
        };
        expect(read(dbPath, (db) => compareWithTruth(db, truth).slice(0, 10))).toEqual([]);
      },
    );

    it('really met faults and retried', () => {
      expect(retries).toBeGreaterThan(0);
    });
  },
);
