/**
 * Runs one sync job the way the app does, for the sync benchmarks: the shipped worker bundle
 * (out/main/sync-worker.js, from `npm run build`) in a plain-Node child with the app's worker heap
 * limits, so neither tsx nor the benchmark's own imports (the simulator it serves) count in the
 * child's peak RSS. Asynchronous, so the benchmark's process keeps serving while the child syncs.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SyncJob } from '../../electron/sync/job';
import { syncWorkerLimits } from '../../electron/sync/start-sync-worker';
import type { SyncSummary } from '../../shared/sync';

export interface ChildSyncResult {
  readonly summary: SyncSummary;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

export const syncWorkerBundle = join(import.meta.dirname, '../../out/main/sync-worker.js');

const childScript = `
const { Worker } = require('node:worker_threads');
const [workerPath, limitsJson, jobJson] = process.argv.slice(1);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const worker = new Worker(workerPath, { workerData: JSON.parse(jobJson), resourceLimits: JSON.parse(limitsJson) });
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

export function requireBuiltWorker(): void {
  if (!existsSync(syncWorkerBundle))
    throw new Error('Build first: npm run build (the benchmark runs the shipped worker bundle).');
}

/** Runs `job` in a child; a sync that ends in an error throws it. */
export async function syncInChild(job: SyncJob): Promise<ChildSyncResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-e', childScript, syncWorkerBundle, JSON.stringify(syncWorkerLimits), JSON.stringify(job)],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const text = stdout.trim();
  // The child's last line is its measurement.
  const result = JSON.parse(text.slice(text.lastIndexOf('\n') + 1)) as ChildSyncResult;
  if (result.summary.error !== null) throw new Error(`sync failed: ${result.summary.error.message}`);
  return result;
}
