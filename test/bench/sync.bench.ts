/**
 * Benchmark of the sync: `npm run bench:sync -- --setting medium [--dialect cdm-api|exposer]`.
 * Serves the simulator's data set from this process and syncs it into a fresh database with the
 * shipped sync worker bundle in a plain-Node child process, whose peak RSS is its own (getrusage).
 * Then a refresh with nothing new, and, in the same run, the ceilings the sync is measured against:
 * loopback fetch + parse of the same records through the same source adapter, and a plain SQLite
 * insert of those records (one transaction per page, WAL, no indexes). `--keep FILE` keeps the synced
 * database.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDataset } from '../../electron/simulator/dataset';
import { settings, type Setting } from '../../electron/simulator/model';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { createSource } from '../../electron/sources/create-source';
import { requireBuiltWorker, syncInChild } from './sync-child';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
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
  requireBuiltWorker();
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
    const full = await syncInChild({ dbPath, url: server.url, dialect: 'auto' });
    const refresh = await syncInChild({ dbPath, url: server.url, dialect: 'auto' });
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
