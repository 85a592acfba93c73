/**
 * Benchmark of the sync: `npm run bench:sync -- --setting medium [--dialect cdm-api|exposer]`.
 * Serves the simulator's data set from this process and syncs it into a fresh database with the
 * shipped sync worker bundle in a plain-Node child process, whose peak RSS is its own (getrusage).
 * Then a refresh with nothing new, and, in the same run, the ceilings the sync is measured against:
 * loopback fetch + parse of the same records through the same source adapter, and a plain SQLite
 * insert of those records (one transaction per page, WAL, no indexes). `--keep FILE` keeps the synced
 * database.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SyncSummary } from '../../shared/sync';
import { openDataset } from '../../electron/simulator/dataset';
import { syncWorkerHeapMb } from '../../electron/sync/start-sync-worker';
import { settings, type Setting } from '../../electron/simulator/model';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { createSource } from '../../electron/sources/create-source';

interface ChildResult {
  readonly summary: SyncSummary;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * The child: plain Node running the shipped worker bundle (out/main/sync-worker.js, from
 * `npm run build`) with the app's worker heap limit, so neither tsx nor this script's imports
 * count in its memory.
 */
const childScript = `
const { Worker } = require('node:worker_threads');
const [url, dbPath, workerPath, heapMb] = process.argv.slice(1);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const worker = new Worker(workerPath, { workerData: { dbPath, url, dialect: 'auto' }, resourceLimits: { maxOldGenerationSizeMb: Number(heapMb) } });
worker.on('message', (message) => {
  if (message.type !== 'done') return;
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(JSON.stringify({
    summary: message.summary,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\\n');
});
`;

const workerBundle = join(import.meta.dirname, '../../out/main/sync-worker.js');

/** Asynchronous, so that this process keeps serving the simulator while the child syncs. */
async function syncInChild(url: string, dbPath: string): Promise<ChildResult> {
  const { stdout: output } = await promisify(execFile)(
    process.execPath,
    ['-e', childScript, url, dbPath, workerBundle, String(syncWorkerHeapMb)],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const text = output.trim();
  // The child's last line is its measurement.
  const result = JSON.parse(text.slice(text.lastIndexOf('\n') + 1)) as ChildResult;
  if (result.summary.error !== null) throw new Error(`sync failed: ${result.summary.error.message}`);
  return result;
}

/** Fetch + parse every page through the adapter, and insert the same records into a plain table. */
async function ceilings(
  url: string,
  dir: string,
): Promise<{ records: number; fetchSeconds: number; insertSeconds: number }> {
  const source = await createSource({ url });
  const db = new Database(join(dir, 'ceiling.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'CREATE TABLE t (source TEXT, id TEXT, payer TEXT, beneficiary TEXT, amount REAL, currency TEXT, ts TEXT)',
  );
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertPage = db.transaction(
    (
      records: readonly {
        source: string;
        id: string;
        payer: string | null;
        beneficiary: string | null;
        amount: number | null;
        currency: string | null;
        ts: string | null;
      }[],
    ) => {
      for (const r of records) insert.run(r.source, r.id, r.payer, r.beneficiary, r.amount, r.currency, r.ts);
    },
  );
  let records = 0;
  let fetchMs = 0;
  let insertMs = 0;
  try {
    for (const stream of ['sepa', 'swift'] as const) {
      let cursor: unknown = null;
      for (;;) {
        const t0 = performance.now();
        const page = await source.nextPage(stream, cursor);
        const t1 = performance.now();
        insertPage(page.records);
        insertMs += performance.now() - t1;
        fetchMs += t1 - t0;
        records += page.records.length;
        cursor = page.cursor;
        if (page.endOfPass) break;
      }
    }
  } finally {
    db.close();
    await source.close();
  }
  return { records, fetchSeconds: fetchMs / 1000, insertSeconds: insertMs / 1000 };
}

function fileMb(path: string): number {
  let bytes = 0;
  for (const suffix of ['', '-wal']) {
    try {
      bytes += statSync(path + suffix).size;
    } catch {
      // No WAL left after a clean close.
    }
  }
  return bytes / 1024 / 1024;
}

export async function main(args: readonly string[]): Promise<void> {
  if (!existsSync(workerBundle))
    throw new Error('Build first: npm run build (the benchmark runs the shipped worker bundle).');
  const setting = (option(args, '--setting') ?? 'medium') as Setting;
  if (!settings.includes(setting))
    throw new Error(`unknown setting '${setting}' (use ${settings.join(', ')})`);
  const dialect = (option(args, '--dialect') ?? 'cdm-api') as Dialect;
  const dataset = openDataset({ setting });
  const server = await startSimulatorServer({ dataset, dialect });
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-bench-sync-'));
  try {
    // --keep FILE: sync into FILE and keep it (e.g. for `npm run bench:queries -- --db FILE`).
    const keep = option(args, '--keep');
    if (keep !== undefined && existsSync(keep)) throw new Error(`${keep} exists; --keep wants a new file`);
    const dbPath = keep ?? join(dir, 'sync.sqlite');
    const full = await syncInChild(server.url, dbPath);
    const refresh = await syncInChild(server.url, dbPath);
    const ceiling = await ceilings(server.url, dir);
    const rate = full.summary.records / full.seconds;
    const fetchRate = ceiling.records / ceiling.fetchSeconds;
    const insertRate = ceiling.records / ceiling.insertSeconds;
    const lines = [
      `sync benchmark: setting ${setting}, ${dialect} dialect, Node ${process.versions.node}, ${String(full.summary.records)} records`,
      `full sync        ${full.seconds.toFixed(1)} s wall, ${full.cpuSeconds.toFixed(1)} s cpu, ${Math.round(rate)} records/s, peak RSS ${full.peakRssMb.toFixed(0)} MB, database ${fileMb(dbPath).toFixed(0)} MB`,
      `database         ${((fileMb(dbPath) * 1024 * 1024) / full.summary.records).toFixed(0)} bytes per record`,
      `refresh (no new) ${refresh.seconds.toFixed(2)} s wall, ${String(refresh.summary.records)} records, ${String(refresh.summary.inserted)} new`,
      `ceiling fetch+parse  ${Math.round(fetchRate)} records/s (${ceiling.fetchSeconds.toFixed(1)} s)`,
      `ceiling plain insert ${Math.round(insertRate)} records/s (${ceiling.insertSeconds.toFixed(1)} s)`,
      `sync / slower ceiling ${(rate / Math.min(fetchRate, insertRate)).toFixed(2)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.close();
    dataset.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
