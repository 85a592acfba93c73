/**
 * The data-quality figures the writer keeps (migration 0120) must equal a from-scratch computation
 * over the stored records (`recomputeQualityFigures`) after anything that writes records: syncs with
 * every fault kind in small pages (so batch siblings arrive in later pages and commits and demote
 * members stored earlier), a bulk-loaded first sync, possible duplicates and late siblings that
 * break them up, the strict-IBAN and duplicates settings switched on and off, and syncs killed
 * with SIGKILL and resumed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadableDatabase, openWritableDatabase, type ReadableDb } from '../../electron/db/connection';
import { createTransactionIngester } from '../../electron/db/mutations/ingest-transactions';
import { loadAccountOwners } from '../../electron/db/queries/account-owners';
import { keptQualityFigures } from '../../electron/db/queries/quality';
import { recomputeQualityFigures, type QualityFigures } from '../../electron/db/queries/quality-recompute';
import { streamOfCode } from '../../electron/db/stream-code';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import { updateSettings } from '../../electron/settings/settings';
import { classifyTransaction } from '../../electron/sync/classify';
import { runSyncJob } from '../../electron/sync/job';
import type { RawTransaction } from '../../shared/domain';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

const paged = { ...fastTuning, pageLimit: 97, commitRecords: 301, bulkLoad: false } as const;
const childScript = join(import.meta.dirname, '../helpers/crash-child.ts');

/** Kept and recomputed figures of one database, read in one snapshot. */
function bothFigures(db: ReadableDb): { kept: QualityFigures; recomputed: QualityFigures } {
  return db.transaction(() => ({ kept: keptQualityFigures(db), recomputed: recomputeQualityFigures(db) }))();
}

function figuresOf(path: string) {
  const db = openReadableDatabase(path);
  try {
    return bothFigures(db);
  } finally {
    db.close();
  }
}

const count = (rows: QualityFigures['quarantined'], reason: string) =>
  rows.filter((row) => row[0] === reason).reduce((sum, row) => sum + row[2], 0);

/** Runs the crash child once; kills it with SIGKILL once it reports `killAfter` records. */
function runChild(url: string, dbPath: string, killAfter: number | null): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, url, dbPath, 'cdm-api'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (killAfter === null || !line.startsWith('{')) return;
    if ((JSON.parse(line) as { records: number }).records >= killAfter) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      resolve(signal);
    });
  });
}

/** Records identical to stored ones apart from the id: possible duplicates of them. */
function copiesOf(db: ReadableDb, limit: number, where: string): RawTransaction[] {
  const rows = db
    .prepare(
      `SELECT source, ext_id, payer, beneficiary, amount_cents, currency, ts_ms FROM txn
       WHERE ${where} ORDER BY ts_ms, ext_id LIMIT ?`,
    )
    .raw()
    .all(limit) as [number, string, string, string, number, string, number][];
  return rows.map(([source, id, payer, beneficiary, cents, currency, tsMs]) => ({
    source: streamOfCode(source),
    id: `${id}-copy`,
    payer,
    beneficiary,
    amount: cents / 100,
    currency,
    ts: new Date(tsMs).toISOString(),
  }));
}

let fixture: SimFixture;
let server: SimulatorServer;

beforeAll(async () => {
  fixture = simFixture({ setting: 'small', sizes: { companies: 20, sepa: 1500, swift: 6000 } });
  server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
});

afterAll(async () => {
  await server.close();
  fixture.dispose();
});

describe('kept data-quality figures', () => {
  it('equal the recomputed ones after a page-by-page sync under every fault kind', async () => {
    const faulty = await startSimulatorServer({
      dataset: fixture.dataset,
      dialect: 'cdm-api',
      faults: { status5xx: 0.05, reset: 0.02, slow: 0.05, duplicate: 0.05, truncate: 0.01 },
      faultSeed: 11,
      slowMs: 20,
    });
    try {
      const path = fixture.dbPath('faults');
      const summary = await runSyncJob({ dbPath: path, url: faulty.url, dialect: 'cdm-api', tuning: paged });
      expect(summary.error).toBeNull();
      expect(faulty.stats().faults.duplicate).toBeGreaterThan(0);
      const { kept, recomputed } = figuresOf(path);
      expect(kept).toEqual(recomputed);
      expect(count(kept.quarantined, 'batch-payment')).toBeGreaterThan(10);
      expect(kept.companies.length).toBeGreaterThan(5);
      expect(kept.strictIbanWarnings.length).toBeGreaterThan(0);
    } finally {
      await faulty.close();
    }
  });

  it('equal the recomputed ones after a bulk-loaded first sync and a refresh', async () => {
    const path = fixture.dbPath('bulk');
    expect((await runSyncJob({ dbPath: path, url: server.url, dialect: 'cdm-api' })).error).toBeNull();
    const loaded = figuresOf(path);
    expect(loaded.kept).toEqual(loaded.recomputed);
    expect(loaded.kept).toEqual(figuresOf(fixture.dbPath('faults')).kept);
    await runSyncJob({ dbPath: path, url: server.url, dialect: 'cdm-api' });
    expect(figuresOf(path).kept).toEqual(loaded.kept);
  });

  it('follow possible duplicates, late batch siblings and the settings that reclassify records', () => {
    const db = openWritableDatabase(fixture.dbPath('bulk'));
    try {
      const ingester = createTransactionIngester(db);
      const ingest = (records: RawTransaction[]) =>
        db.transaction(() =>
          ingester.ingest(
            records.map((record) => classifyTransaction(record, { strictIban: false })),
            loadAccountOwners(db),
          ),
        )();
      const check = () => {
        const { kept, recomputed } = bothFigures(db);
        expect(kept).toEqual(recomputed);
        return kept;
      };

      // Copies of valid records and of a batch member: the copies of valid ones form groups.
      const before = check().duplicateGroups.length;
      const copies = copiesOf(db, 12, 'status = 0');
      ingest([...copies, ...copiesOf(db, 2, "reason = 'batch-payment'")]);
      expect(check().duplicateGroups).toHaveLength(before + 12);

      // A later sibling of three originals (same id, parties and time, another amount) turns them
      // and itself into batch payments, which breaks up their duplicate groups.
      const originals = copies.slice(0, 3).map((copy) => ({ ...copy, id: copy.id.replace(/-copy$/, '') }));
      const siblings = originals.map((record) => ({ ...record, amount: (record.amount ?? 0) + 1 }));
      expect(ingest(siblings).demoted).toBe(3);
      expect(check().duplicateGroups).toHaveLength(before + 9);

      expect(updateSettings(db, { excludeDuplicates: true }).reclassified).toBeGreaterThan(0);
      expect(check().duplicateGroups.filter((group) => group.leftOut > 0).length).toBeGreaterThan(8);
      expect(updateSettings(db, { strictIban: true }).reclassified).toBeGreaterThan(0);
      expect(count(check().quarantined, 'invalid-iban')).toBeGreaterThan(100);
      // A copy arriving while duplicates are left out is left out at once.
      ingest(
        copiesOf(db, 3, "status = 0 AND ext_id NOT LIKE '%-copy'").map((c) => ({ ...c, id: `${c.id}2` })),
      );
      check();
      expect(updateSettings(db, { strictIban: false }).reclassified).toBeGreaterThan(0);
      check();
      expect(updateSettings(db, { excludeDuplicates: false }).reclassified).toBeGreaterThan(0);
      check();
      for (const step of [{ strictIban: true }, { excludeDuplicates: true }, { excludeDuplicates: false }]) {
        updateSettings(db, step);
        check();
      }
    } finally {
      db.close();
    }
  });

  it(
    'equal the recomputed ones after syncs killed with SIGKILL and resumed',
    { timeout: 120_000 },
    async () => {
      // Killed during the bulk load of a first sync, then during page-by-page syncs that follow a
      // cancelled one (a cancelled bulk load is finished, so the rest goes page by page).
      const bulkPath = fixture.dbPath('crash-bulk');
      for (const killAfter of [300, 2500])
        expect(await runChild(server.url, bulkPath, killAfter)).toBe('SIGKILL');
      expect(await runChild(server.url, bulkPath, null)).toBeNull();
      const bulk = figuresOf(bulkPath);
      expect(bulk.kept).toEqual(bulk.recomputed);

      const pagedPath = fixture.dbPath('crash-paged');
      const controller = new AbortController();
      await runSyncJob(
        { dbPath: pagedPath, url: server.url, dialect: 'cdm-api', tuning: paged },
        {
          signal: controller.signal,
          progressIntervalMs: 0,
          onProgress: (progress) => {
            if (progress.records >= 1000) controller.abort();
          },
        },
      );
      for (const killAfter of [700, 1100, 1500]) {
        expect(await runChild(server.url, pagedPath, killAfter)).toBe('SIGKILL');
        const partial = figuresOf(pagedPath);
        expect(partial.kept).toEqual(partial.recomputed);
      }
      expect(await runChild(server.url, pagedPath, null)).toBeNull();
      const resumed = figuresOf(pagedPath);
      expect(resumed.kept).toEqual(resumed.recomputed);
      expect(resumed.kept).toEqual(bulk.kept);
    },
  );
});
