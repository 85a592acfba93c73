/** The sync worker's entry (see electron/runtime/worker-entry.ts for the rule). */
import { locateWorker, type WorkerEntry } from '../runtime/worker-entry';

export type { WorkerEntry } from '../runtime/worker-entry';

export function syncWorkerEntry(): WorkerEntry {
  return locateWorker(import.meta.url, './worker.ts', 'sync-worker');
}
