/**
 * Runs a sync job in a worker thread so that the main process (or the CLI's progress bar) stays
 * responsive while the worker fetches, cleans and writes. Resolves with the job's summary whatever
 * happens, including a worker that dies: errors are data here too.
 */
import { Worker } from 'node:worker_threads';
import type { SyncProgress, SyncSummary } from '../../shared/sync';
import { failedSummary, type SyncJob } from './job';
import type { SyncWorkerCommand, SyncWorkerMessage } from './worker-messages';
import type { WorkerEntry } from './worker-entry';

/**
 * Heap limits of the sync worker. The old generation: the largest commit batch needs a few tens of
 * MB. The young generation: V8 sizes it from the old one, and with 192 MB it reserved about 120 MB
 * of young space that a page of parsed records never needs: a medium sync's peak RSS was 265 MB
 * with the default and 201 MB with 16 MB, at the same speed (docs/benchmarks.md).
 */
export const syncWorkerLimits = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 } as const;

export interface RunningSync {
  readonly done: Promise<SyncSummary>;
  cancel(): void;
}

export function startSyncWorker(
  job: SyncJob,
  entry: WorkerEntry,
  onProgress: (progress: SyncProgress) => void = () => undefined,
): RunningSync {
  const startMs = Date.now();
  // The sync streams page by page; a bounded heap makes V8 collect early instead of letting garbage
  // of parsed pages pile up to hundreds of megabytes on a machine with plenty of memory.
  const worker = new Worker(entry.url, {
    workerData: job,
    execArgv: [...entry.execArgv],
    resourceLimits: syncWorkerLimits,
  });
  const done = new Promise<SyncSummary>((resolve) => {
    let settled = false;
    const settle = (summary: SyncSummary) => {
      if (settled) return;
      settled = true;
      resolve(summary);
    };
    worker.on('message', (message: SyncWorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else settle(message.summary);
    });
    worker.on('error', (error: Error) => {
      settle(
        failedSummary(
          { code: 'internal', message: `The sync worker failed: ${error.message}` },
          Date.now() - startMs,
        ),
      );
    });
    worker.on('exit', (code) => {
      settle(
        failedSummary(
          { code: 'internal', message: `The sync worker stopped unexpectedly (exit ${code}).` },
          Date.now() - startMs,
        ),
      );
    });
  });
  return {
    done,
    cancel() {
      const command: SyncWorkerCommand = { type: 'cancel' };
      worker.postMessage(command);
    },
  };
}
