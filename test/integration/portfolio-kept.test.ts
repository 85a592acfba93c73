/**
 * The portfolio's kept figures (migration 0130: packed recent flows per account, kept by the writer)
 * must give exactly the portfolio computed from scratch from the daily aggregates: after syncs with
 * every fault kind (bulk and page by page), after a batch-payment sibling arrives in a later pass and
 * withdraws its stored member, after settings that reclassify records or change conversion and
 * openings, and in a database whose sync was killed mid-way (stale accounts) and then resumed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWritableDatabase } from '../../electron/db/connection';
import { streamCode } from '../../electron/db/stream-code';
import { updateSettings, type SettingsUpdate } from '../../electron/settings/settings';
import type { SimTransaction } from '../../electron/simulator/model';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { runSyncJob, type SyncTuning } from '../../electron/sync/job';
import type { SyncProgress } from '../../shared/sync';
import { everyRecord, growingDataset } from '../helpers/growing-dataset';
import { expectKeptEqualsScratch } from '../helpers/portfolio-kept';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

const tuning: SyncTuning = { ...fastTuning, pageLimit: 200, commitRecords: 1000 };
const faultyTuning: SyncTuning = {
  timeouts: { connectMs: 2000, headersMs: 400, bodyMs: 400 },
  retry: { maxAttempts: 12, baseDelayMs: 2, maxDelayMs: 20, maxRetryAfterMs: 20 },
  pageLimit: 200,
  commitRecords: 1000,
};
const childScript = join(import.meta.dirname, '../helpers/crash-child.ts');

let fixture: SimFixture;

beforeAll(() => {
  fixture = simFixture({ setting: 'small', sizes: { companies: 20, sepa: 1500, swift: 6000 } });
});

afterAll(() => {
  fixture.dispose();
});

function expectKeptInUse(dbPath: string, label: string): void {
  const state = expectKeptEqualsScratch(dbPath, label);
  expect(state, label).toMatchObject({ covering: true, staleAccounts: 0 });
  expect(state.packedAccounts, label).toBeGreaterThan(0);
}

describe('kept portfolio figures after a sync with every fault kind', () => {
  it.each([true, false])('equal the ones from scratch (bulk load %s)', async (bulkLoad) => {
    const server = await startSimulatorServer({
      dataset: fixture.dataset,
      dialect: 'cdm-api',
      faults: { status5xx: 0.05, reset: 0.02, hang: 0.01, slow: 0.05, duplicate: 0.05, truncate: 0.01 },
      faultSeed: bulkLoad ? 11 : 12,
    });
    try {
      const dbPath = fixture.dbPath(`faults-${String(bulkLoad)}`);
      const summary = await runSyncJob({
        dbPath,
        url: server.url,
        dialect: 'cdm-api',
        tuning: { ...faultyTuning, bulkLoad },
      });
      expect(summary.error).toBeNull();
      expectKeptInUse(dbPath, `bulk load ${String(bulkLoad)}`);
    } finally {
      await server.close();
    }
  });
});

/** Two-member swift batch groups of the data set, in id order. */
function batchPairs(): SimTransaction[][] {
  const byId = new Map<number, SimTransaction[]>();
  for (const record of everyRecord(fixture.dataset, 'swift')) {
    if (record.corruption !== 'batch-payment') continue;
    byId.set(record.idNum, [...(byId.get(record.idNum) ?? []), record]);
  }
  return [...byId.values()].filter((group) => group.length === 2);
}

const rowOf = (record: SimTransaction) => `${record.source}:${record.seq}`;

describe('kept portfolio figures when a batch sibling arrives in a later pass', () => {
  it('equal the ones from scratch after every pass, with the stored member withdrawn', async () => {
    const pair = batchPairs()[Math.floor(batchPairs().length * 0.6)];
    const [first, second] = pair ?? [];
    if (first === undefined || second === undefined) throw new Error('no batch pair');
    const upToFirst = (record: SimTransaction) =>
      record.source === 'swift' ? record.idNum <= first.idNum : record.tsMs <= first.tsMs;
    const data = growingDataset(fixture.dataset);
    const server = await startSimulatorServer({ dataset: data, dialect: 'cdm-api' });
    const dbPath = fixture.dbPath('late-sibling');
    const statuses = () => {
      const db = openWritableDatabase(dbPath);
      try {
        return db
          .prepare('SELECT status FROM txn WHERE source = ? AND ext_id = ? ORDER BY status')
          .pluck()
          .all(streamCode('swift'), first.id);
      } finally {
        db.close();
      }
    };
    try {
      // Pass 1 ends at the first member; pass 2 brings only its sibling; pass 3 everything.
      const stages = [
        (record: SimTransaction) => upToFirst(record) && rowOf(record) !== rowOf(second),
        upToFirst,
        () => true,
      ];
      for (const [index, visible] of stages.entries()) {
        data.show(visible);
        const summary = await runSyncJob({ dbPath, url: server.url, dialect: 'cdm-api', tuning });
        expect(summary.error).toBeNull();
        expectKeptInUse(dbPath, `pass ${index + 1}`);
        expect(statuses(), `pass ${index + 1}`).toEqual(index === 0 ? [0] : [1, 1]);
      }
    } finally {
      await server.close();
    }
  });
});

describe('kept portfolio figures after settings change', () => {
  it('equal the ones from scratch after each change', async () => {
    const server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    const dbPath = fixture.dbPath('settings');
    try {
      expect((await runSyncJob({ dbPath, url: server.url, dialect: 'cdm-api', tuning })).error).toBeNull();
    } finally {
      await server.close();
    }
    const writer = openWritableDatabase(dbPath);
    try {
      const iban = writer.prepare('SELECT iban FROM account ORDER BY iban LIMIT 1').pluck().get() as string;
      const updates: SettingsUpdate[] = [
        { excludeDuplicates: true },
        { strictIban: true },
        { rateOverrides: [{ currency: 'GBP', reporting: 'EUR', rate: 1.5 }] },
        { rateOverrides: [{ currency: 'EUR', reporting: 'USD', rate: 0.5 }] },
        { openingBalances: [{ iban, reporting: 'EUR', amount: -1_000_000_000 }] },
        { excludeDuplicates: false },
        { strictIban: false },
      ];
      let reclassified = 0;
      for (const update of updates) {
        reclassified += updateSettings(writer, update).reclassified;
        expectKeptInUse(dbPath, JSON.stringify(update));
      }
      // The reclassifying settings did move records in and out of the aggregates.
      expect(reclassified).toBeGreaterThan(0);
    } finally {
      writer.close();
    }
  });
});

/** Live sync children, killed after the tests if one outlives a failed assertion. */
const live = new Set<ReturnType<typeof spawn>>();

afterAll(() => {
  for (const child of live) child.kill('SIGKILL');
});

/** One sync child; with `killAfterRecords`, killed with SIGKILL once it reports that many records. */
function runChild(url: string, dbPath: string, killAfterRecords: number | null): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, url, dbPath, 'cdm-api'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    const progress = JSON.parse(line) as SyncProgress;
    if (killAfterRecords !== null && progress.records >= killAfterRecords) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      live.delete(child);
      resolve(code);
    });
  });
}

describe('kept portfolio figures of a sync killed mid-way', () => {
  it('equal the ones from scratch with stale accounts, and after the sync resumes', async () => {
    const swift = everyRecord(fixture.dataset, 'swift');
    const half = swift[Math.floor(swift.length / 2)];
    if (half === undefined) throw new Error('no records');
    const data = growingDataset(fixture.dataset);
    const server = await startSimulatorServer({ dataset: data, dialect: 'cdm-api' });
    const dbPath = fixture.dbPath('crash');
    try {
      data.show((record) => record.tsMs <= half.tsMs);
      expect((await runSyncJob({ dbPath, url: server.url, dialect: 'cdm-api', tuning })).error).toBeNull();
      expectKeptInUse(dbPath, 'first half');
      data.show(() => true);
      // Killed after several page commits of new records, before the run could end.
      expect(await runChild(server.url, dbPath, 1500)).toBeNull();
      const crashed = expectKeptEqualsScratch(dbPath, 'killed');
      expect(crashed.covering).toBe(true);
      expect(crashed.staleAccounts).toBeGreaterThan(0);
      expect(await runChild(server.url, dbPath, null)).toBe(0);
      expectKeptInUse(dbPath, 'resumed');
    } finally {
      await server.close();
    }
  });
});
