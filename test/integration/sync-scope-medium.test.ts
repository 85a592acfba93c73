/**
 * Issue 13 on the `medium` setting (1,000 companies, 1.1 M records): a seeded portfolio of 15
 * companies, one of them with own-account transfers, synced alone over either dialect, equals the
 * ground truth of the full data set company by company, and stores a small part of the book.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadableDatabase } from '../../electron/db/connection';
import { createPrng } from '../../electron/simulator/prng';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';
import { compareWithTruth } from '../helpers/truth-compare';

let fixture: SimFixture;
let scope: number[];

beforeAll(() => {
  fixture = simFixture({ setting: 'medium' });
  const prng = createPrng(1313, 'medium-portfolio');
  const ids = fixture.truth.companies.map((company) => company.companyId);
  const own = fixture.truth.companies.filter((company) => company.flows.some((flow) => flow.internal > 0));
  const chosen = new Set<number>([own[prng.int(own.length)]?.companyId ?? 1]);
  while (chosen.size < 15) chosen.add(ids[prng.int(ids.length)] ?? 1);
  scope = [...chosen].sort((a, b) => a - b);
}, 900_000);

afterAll(() => {
  fixture.dispose();
});

describe.each<Dialect>(['cdm-api', 'exposer'])('a scoped sync of medium over the %s dialect', (dialect) => {
  it('equals the ground truth for every company in the portfolio', async () => {
    const server = await startSimulatorServer({ dataset: fixture.dataset, dialect });
    const dbPath = fixture.dbPath(dialect);
    try {
      const summary = await runSyncJob({ dbPath, url: server.url, dialect, scope, tuning: fastTuning });
      expect(summary.error).toBeNull();
      expect(summary.companies).toBe(1000);
      const { sepa, swift } = fixture.truth.counts;
      expect(summary.inserted).toBeLessThan((sepa.clean + swift.clean) / 10);
    } finally {
      await server.close();
    }
    const db = openReadableDatabase(dbPath);
    try {
      const truth = {
        ...fixture.truth,
        companies: fixture.truth.companies.filter((company) => scope.includes(company.companyId)),
      };
      expect(truth.companies).toHaveLength(15);
      expect(compareWithTruth(db, truth).slice(0, 20)).toEqual([]);
    } finally {
      db.close();
    }
  }, 900_000);
});
