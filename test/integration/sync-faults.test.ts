/**
 * Reliability under every simulator fault at once: the same sync with 5xx answers, connection
 * resets, hanging requests, slow answers, duplicated or overlapping pages and truncated bodies ends
 * with exactly the database of a clean run (same checksum) and with the ground truth, over ten fault
 * seeds per dialect. Timeouts are short so a hanging request costs little; retries are many and quick.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reliabilityScale } from '../helpers/reliability-scale';
import { openReadableDatabase } from '../../electron/db/connection';
import { databaseChecksum } from '../../electron/db/queries/checksum';
import type { FaultKind, FaultRates } from '../../electron/simulator/faults/fault-spec';
import { faultKinds } from '../../electron/simulator/faults/fault-spec';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { runSyncJob, type SyncTuning } from '../../electron/sync/job';
import type { SyncSummary } from '../../shared/sync';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';
import { compareWithTruth } from '../helpers/truth-compare';

const sizes = { companies: 20, sepa: 1500, swift: 6000 };

/** Every fault kind at once; the exposer makes ~600 polls a pass, so its rarer kinds are scaled down. */
const faultRates: Record<Dialect, FaultRates> = {
  'cdm-api': { status5xx: 0.05, reset: 0.02, hang: 0.01, slow: 0.05, duplicate: 0.05, truncate: 0.01 },
  exposer: { status5xx: 0.05, reset: 0.02, hang: 0.003, slow: 0.02, duplicate: 0.05, truncate: 0.01 },
};

/**
 * A hanging request is given up after half a second (undici times sub-second limits exactly); twelve
 * quick attempts make giving up on a request practically impossible at these fault rates.
 */
const tuning: Record<Dialect, SyncTuning> = {
  // Small pages mean more requests, hence more faults per run.
  'cdm-api': {
    timeouts: { connectMs: 2000, headersMs: 400, bodyMs: 400 },
    retry: { maxAttempts: 12, baseDelayMs: 2, maxDelayMs: 20, maxRetryAfterMs: 20 },
    pageLimit: 200,
    commitRecords: 1000,
  },
  // The exposer gives up on a poll as "nothing now", so its timeouts keep a wider margin.
  exposer: {
    timeouts: { connectMs: 2000, headersMs: 500, bodyMs: 500 },
    retry: { maxAttempts: 12, baseDelayMs: 2, maxDelayMs: 20, maxRetryAfterMs: 20 },
    commitRecords: 1000,
  },
};

const seeds = Array.from({ length: 10 * reliabilityScale() }, (_, i) => 1 + i * 7919);

let fixture: SimFixture;

beforeAll(() => {
  fixture = simFixture({ setting: 'small', sizes });
});

afterAll(() => {
  fixture.dispose();
});

function checksumOf(dbPath: string): string {
  const db = openReadableDatabase(dbPath);
  try {
    return databaseChecksum(db);
  } finally {
    db.close();
  }
}

function truthProblems(dbPath: string): string[] {
  const db = openReadableDatabase(dbPath);
  try {
    return compareWithTruth(db, fixture.truth).slice(0, 10);
  } finally {
    db.close();
  }
}

describe.each<Dialect>(['cdm-api', 'exposer'])(
  'a sync over the %s dialect with every fault kind enabled',
  (dialect) => {
    let cleanChecksum = '';
    const injected = Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>;
    const retries: number[] = [];

    beforeAll(async () => {
      const server = await startSimulatorServer({ dataset: fixture.dataset, dialect });
      try {
        const dbPath = fixture.dbPath(`${dialect}-clean`);
        const summary = await runSyncJob({ dbPath, url: server.url, dialect, tuning: tuning[dialect] });
        expect(summary.error).toBeNull();
        cleanChecksum = checksumOf(dbPath);
      } finally {
        await server.close();
      }
    });

    it.each(seeds)(
      'ends with the clean run’s checksum and the ground truth under fault seed %i',
      async (seed) => {
        const server = await startSimulatorServer({
          dataset: fixture.dataset,
          dialect,
          faults: faultRates[dialect],
          faultSeed: seed,
          slowMs: 50,
        });
        const dbPath = fixture.dbPath(`${dialect}-faults-${seed}`);
        let summary: SyncSummary;
        try {
          summary = await runSyncJob({ dbPath, url: server.url, dialect, tuning: tuning[dialect] });
        } finally {
          await server.close();
        }
        const { faults } = server.stats();
        for (const kind of faultKinds) injected[kind] += faults[kind];
        retries.push(summary.retries);
        // Every injected transport fault costs the client one more attempt (a duplicate page does not).
        const transient = faults.status5xx + faults.reset + faults.hang + faults.truncate;

        expect(summary.error).toBeNull();
        expect(summary.outcome).toBe('complete');
        expect(checksumOf(dbPath)).toBe(cleanChecksum);
        expect(truthProblems(dbPath)).toEqual([]);
        expect(summary.retries).toBeGreaterThanOrEqual(transient);
      },
    );

    it('really injected every fault kind over the seeds, and the client retried', () => {
      expect(retries).toHaveLength(seeds.length);
      expect(retries.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
      for (const kind of faultKinds) expect(injected[kind], kind).toBeGreaterThan(0);
    });
  },
);
