/**
 * The CDM simulator's HTTP server (node:http), serving one SimDataset in either dialect with
 * optional fault injection. close() also ends hanging requests and pending slow answers.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppFailure } from '../../../shared/result';
import type { FaultDecision } from '../faults/fault-plan';
import { createFaultPlan } from '../faults/fault-plan';
import type { FaultKind, FaultRates } from '../faults/fault-spec';
import { faultKinds } from '../faults/fault-spec';
import type { SimDataset } from '../model';
import { cdmNotFound, createCdmApiRouter } from './cdm-api';
import type { ExposerEnd } from './exposer';
import { createExposerRouter, exposerEndModes, exposerNotFound } from './exposer';
import type { Reply } from './reply';
import { jsonReply, sendReply } from './reply';
import type { Router } from './route';

export type Dialect = 'exposer' | 'cdm-api';
export const dialects: readonly Dialect[] = ['exposer', 'cdm-api'];
export type { ExposerEnd } from './exposer';
export { exposerEndModes } from './exposer';

export interface SimulatorServerOptions {
  readonly dataset: SimDataset;
  readonly dialect: Dialect;
  /** 0 (default) picks an ephemeral port. */
  readonly port?: number;
  readonly host?: string;
  readonly faults?: FaultRates;
  readonly faultSeed?: number;
  readonly exposerEnd?: ExposerEnd;
  /** Delay of the `slow` fault (default 200 ms). */
  readonly slowMs?: number;
  /** Records per concatenated exposer object (default 1,000, as on the real exposer). */
  readonly exposerChunkSize?: number;
}

export interface FaultStats {
  /** Requests per endpoint name (`/sepa`, `/companies/{id}`, `unknown`…). */
  readonly requests: Readonly<Record<string, number>>;
  /** Faults injected per kind. */
  readonly faults: Readonly<Record<FaultKind, number>>;
}

export interface SimulatorServer {
  readonly url: string;
  readonly port: number;
  readonly dialect: Dialect;
  stats(): FaultStats;
  close(): Promise<void>;
}

export async function startSimulatorServer(options: SimulatorServerOptions): Promise<SimulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const exposerEnd = options.exposerEnd ?? 'empty';
  if (!exposerEndModes.includes(exposerEnd)) {
    throw new AppFailure('invalid-argument', `exposerEnd must be one of ${exposerEndModes.join(', ')}`);
  }
  const slowMs = options.slowMs ?? 200;
  const plan = createFaultPlan(options.faults ?? {}, options.faultSeed ?? 1);
  const router: Router =
    options.dialect === 'exposer'
      ? createExposerRouter(options.dataset, { exposerEnd, chunkSize: options.exposerChunkSize ?? 1000 })
      : createCdmApiRouter(options.dataset);
  const notFound: Reply = options.dialect === 'exposer' ? exposerNotFound : cdmNotFound;

  const requests: Record<string, number> = {};
  const faults = Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  const timers = new Set<NodeJS.Timeout>();

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const route = router(url.pathname);
    const endpoint = route?.endpoint ?? 'unknown';
    requests[endpoint] = (requests[endpoint] ?? 0) + 1;
    if (route === null) {
      sendReply(res, notFound, null, timers, slowMs);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendReply(
        res,
        jsonReply(405, { error: `method ${req.method ?? ''} not allowed` }, { headers: { allow: 'GET' } }),
        null,
        timers,
        slowMs,
      );
      return;
    }
    let fault: FaultDecision | null = null;
    if (route.data) {
      fault = plan.next();
      if (fault.kind !== null) faults[fault.kind] += 1;
    }
    let reply: Reply;
    try {
      reply = route.handle(fault, url.searchParams);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      reply = jsonReply(500, { error: `simulator failure: ${message}` });
      fault = null;
    }
    sendReply(res, reply, fault, timers, slowMs);
  }

  const server = createServer({ keepAlive: true }, handle);
  const port = await new Promise<number>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE') {
        reject(new AppFailure('port-in-use', `port ${options.port ?? 0} is already in use`));
      } else if (error.code === 'EACCES') {
        reject(new AppFailure('invalid-argument', `not allowed to listen on port ${options.port ?? 0}`));
      } else {
        reject(new AppFailure('internal', `cannot listen on ${host}:${options.port ?? 0}: ${error.message}`));
      }
    };
    server.once('error', onError);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });

  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    dialect: options.dialect,
    stats: () => ({ requests: { ...requests }, faults: { ...faults } }),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => {
          resolve();
        });
        // Hanging and keep-alive sockets would hold close() open forever.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
