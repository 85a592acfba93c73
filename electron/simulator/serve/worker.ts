/**
 * Worker-thread entry of the simulator (bundled as `simulator-worker`): opens the data set named in
 * `workerData` (generating it on first use, which may take a while, hence the thread), serves it,
 * reports `listening` or `error`, and shuts down on a `close` message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toAppError } from '../../../shared/result';
import { openDataset } from '../dataset';
import type { SimDataset } from '../model';
import type { SimulatorServer } from './server';
import { startSimulatorServer } from './server';
import type { SimulatorWorkerCommand, SimulatorWorkerData, SimulatorWorkerEvent } from './worker-protocol';

const port = parentPort;

function post(event: SimulatorWorkerEvent): void {
  port?.postMessage(event);
}

async function run(data: SimulatorWorkerData): Promise<void> {
  let dataset: SimDataset | null = null;
  let server: SimulatorServer | null = null;
  port?.on('message', (command: SimulatorWorkerCommand) => {
    if (command.type === 'stats') {
      if (server !== null) post({ type: 'stats', stats: server.stats() });
      return;
    }
    void (async () => {
      await server?.close();
      dataset?.close();
      post({ type: 'closed' });
      port.close();
    })();
  });
  try {
    dataset = openDataset({
      setting: data.setting,
      ...(data.seed === undefined ? {} : { seed: data.seed }),
      ...(data.idKind === undefined ? {} : { idKind: data.idKind }),
      ...(data.cacheDir === undefined ? {} : { cacheDir: data.cacheDir }),
      ...(data.sizes === undefined ? {} : { sizes: data.sizes }),
    });
    server = await startSimulatorServer({
      dataset,
      dialect: data.dialect,
      ...(data.port === undefined ? {} : { port: data.port }),
      ...(data.host === undefined ? {} : { host: data.host }),
      ...(data.faults === undefined ? {} : { faults: data.faults }),
      ...(data.faultSeed === undefined ? {} : { faultSeed: data.faultSeed }),
      ...(data.exposerEnd === undefined ? {} : { exposerEnd: data.exposerEnd }),
      ...(data.slowMs === undefined ? {} : { slowMs: data.slowMs }),
    });
    post({ type: 'listening', url: server.url, port: server.port });
  } catch (cause) {
    dataset?.close();
    post({ type: 'error', ...toAppError(cause) });
    port?.close();
  }
}

if (port !== null) void run(workerData as SimulatorWorkerData);
