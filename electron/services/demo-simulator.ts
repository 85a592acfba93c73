/**
 * "Use demo data": the bundled CDM simulator (setting `small`, `cdm-api` dialect, whose keyset
 * cursors survive a restart of the simulator) started once in a worker thread on a free loopback
 * port, and stopped with the app.
 */
import { startSimulatorWorker, type SimulatorWorkerHandle } from '../simulator/serve/start-worker';
import type { DemoSimulator } from './sync-service';

export function createDemoSimulator(): DemoSimulator {
  let starting: Promise<SimulatorWorkerHandle> | null = null;
  return {
    async url() {
      starting ??= startSimulatorWorker({ setting: 'small', dialect: 'cdm-api', port: 0 });
      try {
        return (await starting).url;
      } catch (cause) {
        // A failed start may be retried by the next request.
        starting = null;
        throw cause;
      }
    },
    async close() {
      if (starting === null) return;
      const handle = await starting.catch(() => null);
      starting = null;
      await handle?.close();
    },
  };
}
