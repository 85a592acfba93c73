/**
 * Starts the simulator in a worker thread (desktop "demo data", CLI demo) so that generating and
 * serving never block the caller's event loop. Resolves once the server listens.
 */
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../../shared/result';
import { simulatorWorkerEntry } from './worker-path';
import type { FaultStats } from './server';
import type { SimulatorWorkerCommand, SimulatorWorkerData, SimulatorWorkerEvent } from './worker-protocol';

export interface SimulatorWorkerHandle {
  readonly url: string;
  readonly port: number;
  /** The server's request and fault counts, fetched from the worker. */
  stats(): Promise<FaultStats>;
  close(): Promise<void>;
}

export function startSimulatorWorker(options: SimulatorWorkerData): Promise<SimulatorWorkerHandle> {
  const entry = simulatorWorkerEntry(import.meta.url);
  const worker = new Worker(entry.url, { workerData: options, execArgv: [...entry.execArgv] });
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      resolve();
    });
  });
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const command: SimulatorWorkerCommand = { type: 'close' };
      worker.postMessage(command);
      await exited;
    })();
    return closing;
  };
  const stats = (): Promise<FaultStats> =>
    new Promise<FaultStats>((resolve) => {
      const onMessage = (event: SimulatorWorkerEvent): void => {
        if (event.type !== 'stats') return;
        worker.off('message', onMessage);
        resolve(event.stats);
      };
      worker.on('message', onMessage);
      const command: SimulatorWorkerCommand = { type: 'stats' };
      worker.postMessage(command);
    });
  return new Promise<SimulatorWorkerHandle>((resolve, reject) => {
    worker.on('message', (event: SimulatorWorkerEvent) => {
      if (event.type === 'listening') resolve({ url: event.url, port: event.port, stats, close });
      else if (event.type === 'error') reject(new AppFailure(event.code, event.message));
    });
    worker.once('error', (error: Error) => {
      reject(new AppFailure('internal', `simulator worker failed: ${error.message}`));
    });
    worker.once('exit', (code: number) => {
      reject(new AppFailure('internal', `simulator worker stopped (exit code ${code})`));
    });
  });
}
