/**
 * A query worker thread: the contract's read methods over a read-only connection of its own,
 * opened on the first call. The main process has already validated every argument and brought the
 * schema up to date; this thread never writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileDatabaseProvider } from '../database-provider';
import type { QueryWorkerData } from './query-messages';
import { readHandlers } from './read-methods';
import { serveQueries } from './serve-queries';

const port = parentPort;
if (port === null) throw new Error('The query worker must run in a worker thread.');

const { dbPath } = workerData as QueryWorkerData;
const database = fileDatabaseProvider(dbPath, { migrate: false });
serveQueries(port, readHandlers(database), () => {
  database.close();
});
