/**
 * The sync worker thread: runs one sync job with the database's only writer connection, posting
 * progress and the final summary to the main thread; a `cancel` message aborts it between pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSyncJob, type SyncJob } from './job';
import type { SyncWorkerMessage } from './worker-messages';

const port = parentPort;
if (port === null) throw new Error('The sync worker must run in a worker thread.');

const controller = new AbortController();
// The only command there is: `cancel`.
port.on('message', () => {
  controller.abort();
});

const post = (message: SyncWorkerMessage) => {
  port.postMessage(message);
};

const summary = await runSyncJob(workerData as SyncJob, {
  signal: controller.signal,
  onProgress: (progress) => {
    post({ type: 'progress', progress });
  },
});
post({ type: 'done', summary });
port.close();
