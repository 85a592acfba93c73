/**
 * The desktop app's query workers: one thread per lane (lanes.ts), each with its own read-only
 * connection, started on the first call of its lane. The main thread only forwards a validated
 * argument and waits for the answer, so no query, however long, blocks the window or the IPC calls
 * behind it. A worker that dies fails the calls it held with `internal` and is replaced on the next
 * call; after `close` (the app quitting) every thread is stopped and calls answer `cancelled`.
 */
import { Worker } from 'node:worker_threads';
import type { ReportProgress, ReportRequest, ReportWritten } from '../../../shared/reports';
import { AppFailure } from '../../../shared/result';
import type { ExportControl } from '../../reports/export-control';
import type { ReportWriter } from '../report-service';
import type { WorkerEntry } from '../../runtime/worker-entry';
import { laneOf, lanes, type Lane } from './lanes';
import type { QueryCommand, QueryReply, QueryWorkerData } from './query-messages';
import { readMethodNames, type ReadMethod, type ReadServices } from './read-methods';

export interface QueryPoolOptions {
  readonly dbPath: string;
  readonly entry: WorkerEntry;
  /**
   * Runs in the main thread before each call is forwarded: the desktop app brings the schema up to
   * date here (once) and reports a missing database as `not-found`, as the in-process reads do.
   */
  readonly prepare?: () => void;
  /** Added to each worker's data (a test's stand-in worker reads its switches from it). */
  readonly workerData?: Readonly<Record<string, unknown>>;
  /** Told when a worker ends without being asked to (for the log). */
  readonly onWorkerLost?: (lane: Lane, reason: string) => void;
}

export interface QueryPool {
  /** The read methods of the service map, each answered by a worker. */
  readonly reads: ReadServices;
  call(name: ReadMethod, argument: unknown): Promise<unknown>;
  /** Writes one report in the export worker (the report service's writer in the desktop app). */
  readonly exportReport: ReportWriter;
  /**
   * Starts the read lanes' workers now rather than on its first call: starting a thread costs the main
   * thread a few milliseconds, better spent while the window opens than while the analyst works.
   */
  start(): void;
  /** Tells every running worker to drop its connection and caches (after a write of the app's own). */
  invalidate(): void;
  /** How many worker threads are running now. */
  running(): number;
  /** Stops every worker; resolves once all of them have ended. */
  close(): Promise<void>;
}

interface Waiting {
  resolve(value: unknown): void;
  reject(failure: AppFailure): void;
  progress?: ((progress: ReportProgress) => void) | undefined;
}

type Numbered<C> = C extends { readonly id: number } ? Omit<C, 'id'> : never;
type Request = Numbered<Extract<QueryCommand, { type: 'call' | 'export' }>>;

interface LaneWorker {
  start(): void;
  /** Sends a call or an export; `sent` learns its id (to cancel it). */
  send(
    request: Request,
    sent?: (id: number) => void,
    progress?: (progress: ReportProgress) => void,
  ): Promise<unknown>;
  post(command: QueryCommand): void;
  running(): boolean;
  stop(): Promise<void>;
}

function laneWorker(lane: Lane, options: QueryPoolOptions): LaneWorker {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  const failAll = (failure: AppFailure) => {
    for (const call of waiting.values()) call.reject(failure);
    waiting.clear();
  };

  const spawn = (): Worker => {
    const data: QueryWorkerData = { dbPath: options.dbPath, lane };
    const thread = new Worker(options.entry.url, {
      workerData: { ...options.workerData, ...data },
      execArgv: [...options.entry.execArgv],
    });
    thread.on('message', (reply: QueryReply) => {
      const call = waiting.get(reply.id);
      if (call === undefined) return;
      if ('progress' in reply) {
        call.progress?.(reply.progress);
        return;
      }
      waiting.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new AppFailure(reply.error.code, reply.error.message));
    });
    const lost = (reason: string) => {
      // A worker stopped on purpose was already let go of.
      if (worker !== thread) return;
      worker = null;
      options.onWorkerLost?.(lane, reason);
      failAll(
        new AppFailure(
          'internal',
          `The query could not be answered (the ${lane} query worker stopped); try again.`,
        ),
      );
    };
    thread.on('error', (error: Error) => {
      lost(error.message);
    });
    thread.on('exit', (code) => {
      lost(`exit code ${code}`);
    });
    return thread;
  };

  return {
    start() {
      worker ??= spawn();
    },
    send(request, sent, progress) {
      worker ??= spawn();
      const id = nextId;
      nextId += 1;
      const answer = new Promise<unknown>((resolve, reject) => {
        waiting.set(id, { resolve, reject, progress });
      });
      const command: QueryCommand = { ...request, id };
      worker.postMessage(command);
      sent?.(id);
      return answer;
    },
    post(command) {
      worker?.postMessage(command);
    },
    running: () => worker !== null,
    async stop() {
      const thread = worker;
      worker = null;
      failAll(new AppFailure('cancelled', 'The app is closing.'));
      if (thread !== null) await thread.terminate();
    },
  };
}

export function createQueryPool(options: QueryPoolOptions): QueryPool {
  const workers = Object.fromEntries(lanes.map((lane) => [lane, laneWorker(lane, options)])) as Record<
    Lane,
    LaneWorker
  >;
  let closed = false;

  const call = async (name: ReadMethod, argument: unknown): Promise<unknown> => {
    if (closed) throw new AppFailure('cancelled', 'The app is closing.');
    options.prepare?.();
    return workers[laneOf(name, argument)].send({ type: 'call', method: name, argument });
  };

  const exportReport = async (
    request: ReportRequest,
    path: string,
    generatedAt: Date,
    control: ExportControl,
  ): Promise<ReportWritten> => {
    if (closed) throw new AppFailure('cancelled', 'The app is closing.');
    options.prepare?.();
    const lane = workers.export;
    const written = lane.send(
      { type: 'export', request, path, generatedAt: generatedAt.toISOString() },
      (id) => {
        const cancel = () => {
          lane.post({ type: 'cancel', id });
        };
        if (control.signal?.aborted === true) cancel();
        else control.signal?.addEventListener('abort', cancel, { once: true });
      },
      (progress) => {
        control.progress(progress);
      },
    );
    return (await written) as ReportWritten;
  };

  const reads = Object.fromEntries(
    readMethodNames.map((name) => [name, (argument: unknown) => call(name, argument)]),
  ) as unknown as ReadServices;

  return {
    reads,
    call,
    exportReport,
    start() {
      if (closed) return;
      workers.short.start();
      workers.long.start();
    },
    invalidate() {
      for (const lane of lanes) workers[lane].post({ type: 'invalidate' });
    },
    running: () => lanes.filter((lane) => workers[lane].running()).length,
    async close() {
      closed = true;
      await Promise.all(lanes.map((lane) => workers[lane].stop()));
    },
  };
}
