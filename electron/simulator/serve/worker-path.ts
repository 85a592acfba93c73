/** The simulator worker's entry (see electron/runtime/worker-entry.ts for the rule). */
import { locateWorker, type WorkerEntry } from '../../runtime/worker-entry';

export type { WorkerEntry } from '../../runtime/worker-entry';

/** `moduleUrl` is the `import.meta.url` of the code that starts the worker. */
export function simulatorWorkerEntry(moduleUrl: string, exists?: (path: string) => boolean): WorkerEntry {
  return locateWorker(moduleUrl, './worker.ts', 'simulator-worker', exists);
}
