/**
 * A query worker for tests: the real read handlers over a read-only connection, with two switches
 * from its worker data. `gate` (an Int32Array over shared memory) holds `blockMethod` inside its
 * handler: the worker sets gate[0] to 1 when it is blocked and waits until the test sets gate[1]
 * to 1, as a query that takes minutes would hold the thread. `crashMethod` ends the thread abruptly
 * when that method is called, as a native crash or an out-of-memory would.
 */
import assert from 'node:assert/strict';
import { parentPort, workerData } from 'node:worker_threads';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import type { QueryWorkerData } from '../../electron/services/queries/query-messages';
import { readHandlers, type ReadMethod } from '../../electron/services/queries/read-methods';
import { serveQueries } from '../../electron/services/queries/serve-queries';

export interface BlockingWorkerData {
  readonly gate?: Int32Array;
  readonly blockMethod?: ReadMethod;
  readonly crashMethod?: ReadMethod;
}

const port = parentPort;
assert.ok(port !== null, 'runs in a worker thread');
const data = workerData as QueryWorkerData & BlockingWorkerData;
const database = fileDatabaseProvider(data.dbPath, { migrate: false });
const handlers = readHandlers(database);

const hold = (method: ReadMethod) => {
  if (method === data.crashMethod) process.exit(7);
  const gate = data.gate;
  if (method !== data.blockMethod || gate === undefined) return;
  Atomics.store(gate, 0, 1);
  Atomics.notify(gate, 0);
  // Blocks this thread, not the test's: the test releases it by setting gate[1].
  Atomics.wait(gate, 1, 0);
};

const plain = handlers as unknown as Record<string, (argument: unknown) => unknown>;
const wrapped = Object.fromEntries(
  Object.entries(plain).map(([method, handler]) => [
    method,
    (argument: unknown) => {
      hold(method as ReadMethod);
      return handler(argument);
    },
  ]),
) as unknown as typeof handlers;

serveQueries(port, {
  handlers: wrapped,
  invalidate: () => {
    database.close();
  },
});
