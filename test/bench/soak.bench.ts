/**
 * Soak: `npm run bench:soak -- --minutes N [--refresh-ms 1000] [--per-second 200]`. The desktop
 * app's sync service (the shipped worker bundle, out/main/sync-worker.js, from `npm run build`)
 * refreshes continuously from a simulator process that keeps producing transactions, with faults
 * on. After each pass, at most every few seconds, it samples this process's memory, open handles,
 * file descriptors, the database's size as SQLite counts it (pages, wherever they are) and the
 * write-ahead log file (reused, it grows to the checkpoint threshold, 64 MiB, and levels off); at the end it reports whether growth is bounded over the
 * second half of the run: RSS and heap slopes near zero, handles and descriptors flat, and the
 * database growing in proportion to the records it holds.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openReadableDatabase } from '../../electron/db/connection';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import { createSyncService } from '../../electron/services/sync-service';
import type { SyncSummary } from '../../shared/sync';
import { boundsOf, slopePerMinute, type Sample } from './soak-figures';

const root = join(import.meta.dirname, '../..');
const workerBundle = join(root, 'out/main/sync-worker.js');

function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number above 0`);
  return value;
}

/** Starts the simulator process and answers its URL and a way to stop it (with its final counts). */
async function startSimulator(perSecond: number) {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/run-ts.js'), 'test/bench/soak-simulator.ts', '--per-second', String(perSecond)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done === true) throw new Error('the soak simulator stopped before it listened');
  const { url } = JSON.parse(first.value) as { url: string };
  return {
    url,
    async stop(): Promise<string> {
      child.kill('SIGTERM');
      const last = await lines.next();
      await new Promise((resolve) => child.once('close', resolve));
      return last.done === true ? '{}' : last.value;
    },
  };
}

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/** The database's size as SQLite sees it (pages still in the write-ahead log included). */
function logicalBytes(dbPath: string): number {
  const db = openReadableDatabase(dbPath);
  try {
    return (
      (db.pragma('page_count', { simple: true }) as number) *
      (db.pragma('page_size', { simple: true }) as number)
    );
  } finally {
    db.close();
  }
}

/** Frees what is garbage before a heap sample, so the figure is what is retained. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** One table row per minute: the RSS range of its samples, the rest as of its last sample. */
function minuteRows(samples: readonly Sample[]): string[] {
  const minutes = new Map<number, Sample[]>();
  for (const sample of samples) {
    const minute = Math.floor(sample.seconds / 60);
    minutes.set(minute, [...(minutes.get(minute) ?? []), sample]);
  }
  return [...minutes.entries()].map(([minute, group]) => {
    const last = group.at(-1) as Sample;
    const rss = group.map((sample) => sample.rssMb);
    const perRecord = last.records > 0 ? String(Math.round((last.dbMb * 2 ** 20) / last.records)) : '-';
    return `| ${minute} | ${Math.min(...rss).toFixed(1)}–${Math.max(...rss).toFixed(1)} | ${last.heapMb.toFixed(1)} | ${last.handles} | ${last.fds} | ${last.dbMb.toFixed(1)} | ${last.walMb.toFixed(1)} | ${last.records} | ${perRecord} |`;
  });
}

export async function main(args: readonly string[]): Promise<void> {
  const minutes = numberOption(args, '--minutes', 10);
  const refreshMs = numberOption(args, '--refresh-ms', 1000);
  const perSecond = numberOption(args, '--per-second', 200);
  if (!existsSync(workerBundle)) throw new Error('out/main/sync-worker.js is missing: run npm run build');
  const sampleEveryMs = Math.max(5000, (minutes * 60_000) / 120);

  const simulator = await startSimulator(perSecond);
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-soak-'));
  const dbPath = join(dir, 'soak.sqlite');
  const database = fileDatabaseProvider(dbPath);
  const sync = createSyncService({
    database,
    dbPath,
    workerEntry: { url: pathToFileURL(workerBundle), execArgv: [] },
    secrets: { seal: (text) => text, open: (text) => text },
    refreshIntervalMs: refreshMs,
  });
  const samples: Sample[] = [];
  const outcomes = { complete: 0, failed: 0, cancelled: 0 };
  const failures = new Map<string, number>();
  let records = 0;
  let retries = 0;
  const started = Date.now();
  const deadline = started + minutes * 60_000;
  try {
    await sync.add({ url: simulator.url, dialect: 'cdm-api' });
    sync.start();
    let seen: SyncSummary | null = null;
    let lastSampleMs = -Infinity;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const status = sync.status();
      if (status.lastSummary === null || status.lastSummary === seen) continue;
      seen = status.lastSummary;
      outcomes[seen.outcome] += 1;
      records += seen.inserted;
      retries += seen.retries;
      if (seen.error !== null) failures.set(seen.error.code, (failures.get(seen.error.code) ?? 0) + 1);
      if (Date.now() - lastSampleMs < sampleEveryMs) continue;
      lastSampleMs = Date.now();
      // Half-way to the next pass: the last pass's worker thread has exited by then.
      await new Promise((resolve) => setTimeout(resolve, refreshMs / 2));
      const bytes = logicalBytes(dbPath);
      collectGarbage();
      const memory = process.memoryUsage();
      samples.push({
        seconds: (Date.now() - started) / 1000,
        rssMb: mb(memory.rss),
        heapMb: mb(memory.heapUsed),
        handles: process.getActiveResourcesInfo().length,
        fds: readdirSync('/proc/self/fd').length,
        dbMb: mb(bytes),
        walMb: mb(sizeOf(`${dbPath}-wal`)),
        records,
      });
    }
  } finally {
    await sync.dispose();
    database.close();
  }
  const served = await simulator.stop();
  const db = openReadableDatabase(dbPath);
  const integrity = db.pragma('integrity_check', { simple: true });
  const stored = db.prepare('SELECT count(*) FROM txn').pluck().get() as number;
  db.close();
  rmSync(dir, { recursive: true, force: true });

  assert.equal(integrity, 'ok', 'the soaked database must pass integrity_check');
  const bounds = boundsOf(samples);
  const lines = [
    `soak: ${minutes} min, refresh every ${refreshMs} ms, ${perSecond} swift + ${Math.ceil(perSecond / 10)} sepa records/s, faults on`,
    `passes: ${outcomes.complete} complete, ${outcomes.failed} failed ${JSON.stringify(Object.fromEntries(failures))}, ${retries} retries`,
    `records stored: ${stored} (inserted per summaries ${records}); integrity_check: ${integrity}`,
    `simulator: ${served}`,
    '',
    '| minute | RSS MB, lowest–highest | heap MB | handles | fds | DB MB | WAL file MB | records | DB bytes/record |',
    '| -----: | ---------------------: | ------: | ------: | --: | ----: | ----------: | ------: | --------------: |',
    ...minuteRows(samples),
    '',
    'second half of the run:',
    ...bounds.map((b) => `  ${b.ok ? 'ok  ' : 'OVER'} ${b.what}: ${b.value} (bound ${b.bound})`),
    `verdict: ${bounds.every((b) => b.ok) ? 'growth bounded' : 'unbounded growth'} (RSS slope over the whole run ${slopePerMinute(samples, (s) => s.rssMb).toFixed(2)} MB/min)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!bounds.every((b) => b.ok)) process.exitCode = 1;
}
