/**
 * Main-thread budget: `npm run bench:main-thread -- --db FILE | --setting medium [--pick N]` drives
 * the services as the UI does (ui-session.ts: portfolio, search while typing, a company selected,
 * ranges changed, the data-quality view) through `dispatch`, the path the IPC handlers take, and
 * reports the longest event-loop block of this (the main) thread with monitorEventLoopDelay: first
 * with the reads in-process (the app before its query workers), then through the query workers
 * (the built out/main/query-worker.js, as the app ships it), in the same run on the same file. The
 * ceiling beside them: the same monitor over an idle loop, and the 16 ms frame budget.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Services } from '../../shared/api';
import { openReadableDatabase } from '../../electron/db/connection';
import { busiestCompanies } from '../../electron/db/queries/busiest-companies';
import { findCompany } from '../../electron/db/queries/companies';
import { lastTransactionDay } from '../../electron/db/queries/sync-facts';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import { dispatch } from '../../electron/services/dispatch';
import { createQueryPool } from '../../electron/services/queries/query-pool';
import { obtainBenchDatabase, option } from './bench-database';
import { uiSession, type Call, type SessionCompany, type SessionTimes } from './ui-session';

const workerBundle = join(import.meta.dirname, '../../out/main/query-worker.js');

interface Run {
  readonly mode: string;
  readonly wallMs: number;
  readonly maxBlockMs: number;
  readonly p99BlockMs: number;
  /** CPU time this thread spent, ms (the workers' CPU not counted). */
  readonly cpuMs: number;
  /** The longest garbage-collection pause of this thread, ms. */
  readonly maxGcMs: number;
  readonly times: SessionTimes | null;
}

async function monitored(mode: string, work: () => Promise<SessionTimes | null>): Promise<Run> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let maxGcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) maxGcMs = Math.max(maxGcMs, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const cpuBefore = process.threadCpuUsage();
  histogram.enable();
  const started = performance.now();
  const times = await work();
  const wallMs = performance.now() - started;
  // A block still in progress is recorded when the monitor's timer next fires.
  await sleep(20);
  histogram.disable();
  const cpu = process.threadCpuUsage(cpuBefore);
  gc.disconnect();
  return {
    mode,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxGcMs,
    maxBlockMs: histogram.max / 1e6,
    p99BlockMs: histogram.percentile(99) / 1e6,
    times,
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/**
 * Calls as IPC delivers them: each call starts in a task of its own and its answer is taken up in
 * another, so the loop can turn between calls as it does between Electron's IPC messages.
 */
function overIpc(target: Services): Call {
  return async (name, argument) => {
    await new Promise((resolve) => setImmediate(resolve));
    const answer = await dispatch(target, name, argument);
    await new Promise((resolve) => setImmediate(resolve));
    return answer;
  };
}

function services(path: string, reads?: Services): Services {
  return createServices({
    identity: { name: 'Cashflow Monitor', version: 'bench', dataDirectory: '/nowhere', databasePath: path },
    database: fileDatabaseProvider(path),
    ...(reads === undefined ? {} : { reads }),
  });
}

export async function main(args: readonly string[]): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (!existsSync(workerBundle)) throw new Error(`${workerBundle} is missing: run \`npm run build\` first.`);
  const database = obtainBenchDatabase(args, log);
  const pick = Number(option(args, '--pick') ?? '4');
  const db = openReadableDatabase(database.path);
  const companies: SessionCompany[] = busiestCompanies(db, pick).map((companyId) => ({
    companyId,
    name: findCompany(db, companyId)?.name ?? String(companyId),
  }));
  const lastDay = lastTransactionDay(db) ?? 0;
  db.close();
  log(`Database ${database.path}; companies ${companies.map((c) => c.companyId).join(', ')}`);

  const runs: Run[] = [];
  runs.push(await monitored('idle loop, 2 s (ceiling)', () => sleep(2000).then(() => null)));

  const inProcess = services(database.path);
  // The first read opens (and if needed migrates) the file, as the app does once at start.
  await dispatch(inProcess, 'settingsGet', undefined);
  runs.push(
    await monitored('reads in-process (before)', () => uiSession(overIpc(inProcess), companies, lastDay)),
  );

  const opener = fileDatabaseProvider(database.path);
  const pool = createQueryPool({
    dbPath: database.path,
    entry: { url: pathToFileURL(workerBundle), execArgv: [] },
    prepare: () => void opener.read(),
  });
  // The app starts its workers with the window; a thread's start would otherwise count here.
  pool.start();
  const inWorkers = services(database.path, pool.reads as Services);
  await dispatch(inWorkers, 'settingsGet', undefined);
  runs.push(
    await monitored('reads in query workers (after)', () =>
      uiSession(overIpc(inWorkers), companies, lastDay),
    ),
  );
  await pool.close();
  opener.close();

  log('');
  log(
    '| mode | wall s | main-thread CPU s | longest block ms | p99 block ms | longest GC pause ms | short reads p50 / p95 / max ms | long reads max ms |',
  );
  log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const run of runs) {
    const short = run.times?.short ?? [];
    const long = run.times?.long ?? [];
    const shortCells =
      short.length === 0 ? '' : [50, 95, 100].map((p) => percentile(short, p).toFixed(1)).join(' / ');
    const longCell = long.length === 0 ? '' : Math.max(...long).toFixed(0);
    log(
      `| ${run.mode} | ${(run.wallMs / 1000).toFixed(1)} | ${(run.cpuMs / 1000).toFixed(2)} | ${run.maxBlockMs.toFixed(1)} | ${run.p99BlockMs.toFixed(1)} | ${run.maxGcMs.toFixed(1)} | ${shortCells} | ${longCell} |`,
    );
  }
  log('');
  log('Budget: longest block ≤ 16 ms (one frame at 60 Hz).');
  // Blocks include the time the scheduler kept this thread waiting: the machine's load says how much.
  log(
    `Load average (1 / 5 / 15 min) at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ')}`,
  );
  database.dispose();
}
