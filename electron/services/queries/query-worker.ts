/**
 * A query worker thread: the contract's read methods over a read-only connection of its own,
 * opened on the first call, and (in the export lane) report exports whose figures come from the
 * same handlers. The main process has already validated every argument and brought the schema up
 * to date; this thread writes nothing to the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileDatabaseProvider } from '../database-provider';
import { exportWriter } from './export-writer';
import type { QueryWorkerData } from './query-messages';
import { readHandlers } from './read-methods';
import { serveQueries } from './serve-queries';

const port = parentPort;
if (port === null) throw new Error('The query worker must run in a worker thread.');

const { dbPath } = workerData as QueryWorkerData;
const database = fileDatabaseProvider(dbPath, { migrate: false });
const handlers = readHandlers(database);
serveQueries(port, {
  handlers,
  writer: exportWriter(database, handlers),
  invalidate: () => {
    database.close();
  },
});
