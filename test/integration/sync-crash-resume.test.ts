/**
 * Crash safety: a sync process killed with SIGKILL at random points, and restarted on the same
 * database each time, ends (after one last uninterrupted run) with exactly the database of a clean,
 * uninterrupted sync: no record lost, none counted twice, every aggregate equal. The sync runs as a
 * child process (test/helpers/crash-child.ts) against a simulator in this process.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reliabilityScale } from '../helpers/reliability-scale';
import { openReadableDatabase } from '../../electron/db/connection';
import { countByReason, databaseChecksum } from '../../electron/db/queries/checksum';
import { seededRandom } from '../../electron/simulator/prng';
import {
  startSimulatorServer,
  type Dialect,
  type SimulatorServer,
} from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import type { SyncProgress } from '../../shared/sync';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';
import { compareWithTruth } from '../helpers/truth-compare';

// The data grows with the number of kills, so that together they stay well inside one pass.
const sizes = { companies: 20, sepa: 1500 * reliabilityScale(), swift: 6000 * reliabilityScale() };
const childScript = join(import.meta.dirname, '../helpers/crash-child.ts');

/** Children still running, killed after the tests if one outlives a failed assertion. */
const live = new Set<ReturnType<typeof spawn>>();

interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Records the child reported before it ended. */
  readonly records: number;
}

/**
 * Runs one sync child; with `killAfterRecords`, kills it with SIGKILL as soon as it reports that many
 * transaction records (0: at its first progress report, before any transaction page).
 */
function runChild(
  url: string,
  dbPath: string,
  dialect: Dialect,
  killAfterRecords: number | null,
): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, url, dbPath, dialect], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  let records = 0;
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    const progress = JSON.parse(line) as SyncProgress;
    records = progress.records;
    if (killAfterRecords !== null && records >= killAfterRecords) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      live.delete(child);
      resolve({ code, signal, records });
    });
  });
}

function inspect(dbPath: string, fixture: SimFixture) {
  const db = openReadableDatabase(dbPath);
  try {
    return {
      checksum: databaseChecksum(db),
      counts: countByReason(db),
      truthProblems: compareWithTruth(db, fixture.truth).slice(0, 10),
    };
  } finally {
    db.close();
  }
}

let fixture: SimFixture;

beforeAll(() => {
  fixture = simFixture({ setting: 'small', sizes });
});

afterAll(() => {
  for (const child of live) child.kill('SIGKILL');
  fixture.dispose();
});

describe.each<[Dialect, number]>([
  ['cdm-api', 10 * reliabilityScale()],
  ['exposer', 5 * reliabilityScale()],
])('a %s sync killed with SIGKILL and restarted', (dialect, kills) => {
  let server: SimulatorServer;

  beforeAll(async () => {
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect });
  });

  afterAll(async () => {
    await server.close();
  });

  // Each kill starts a child process: a larger scale gets time in proportion.
  const timeout = 60_000 * reliabilityScale();
  it(`ends with the clean run’s database after ${kills} kills at random points`, { timeout }, async () => {
    // The reference: an uninterrupted sync, from its own server (an exposer's cursor is shared).
    const cleanPath = fixture.dbPath(`${dialect}-clean`);
    const cleanServer = await startSimulatorServer({ dataset: fixture.dataset, dialect });
    try {
      const summary = await runSyncJob({ dbPath: cleanPath, url: cleanServer.url, dialect });
      expect(summary.error).toBeNull();
    } finally {
      await cleanServer.close();
    }
    const clean = inspect(cleanPath, fixture);
    expect(clean.truthProblems).toEqual([]);

    // Kill points well inside the data (all together far less than one pass). A cdm-api run is also
    // killed before its first transaction page; an exposer run only after its first commit, when the
    // server has served periods the dead run never stored.
    const random = seededRandom(dialect === 'cdm-api' ? 20240611 : 77);
    const killPoints = Array.from({ length: kills }, (_, i) =>
      dialect === 'exposer'
        ? 550 + Math.floor(random() * 600)
        : i % 5 === 1
          ? 0
          : 1 + Math.floor(random() * 1200),
    );
    const crashPath = fixture.dbPath(`${dialect}-crashed`);
    const runs: ChildRun[] = [];
    for (const killAfter of killPoints) runs.push(await runChild(server.url, crashPath, dialect, killAfter));
    const final = await runChild(server.url, crashPath, dialect, null);

    expect(runs.map((run) => run.signal)).toEqual(killPoints.map(() => 'SIGKILL'));
    expect(final).toMatchObject({ code: 0, signal: null });
    expect(inspect(crashPath, fixture)).toEqual(clean);
  });
});
