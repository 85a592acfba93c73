/** The query worker's entry (see electron/runtime/worker-entry.ts for the rule). */
import { locateWorker, type WorkerEntry } from '../../runtime/worker-entry';

export function queryWorkerEntry(): WorkerEntry {
  return locateWorker(import.meta.url, './query-worker.ts', 'query-worker');
}
