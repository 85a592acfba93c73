/**
 * The body of a query worker: answers each call with the read handler it names and writes each
 * export it is given, turning any failure into a typed error. Reads run one at a time in arrival
 * order (better-sqlite3 is synchronous); an export yields between its steps, which is when a
 * `cancel` for it is taken up.
 */
import type { MessagePort } from 'node:worker_threads';
import { toAppError } from '../../../shared/result';
import type { ReportWritten } from '../../../shared/reports';
import type { ReportWriter } from '../report-service';
import type { QueryCommand, QueryReply } from './query-messages';
import type { ReadServices } from './read-methods';

export interface QueryServing {
  readonly handlers: ReadServices;
  /** Writes exports; absent in a worker that only reads. */
  readonly writer?: ReportWriter;
  invalidate(): void;
}

export function serveQueries(port: MessagePort, serving: QueryServing): void {
  const reply = (message: QueryReply) => {
    port.postMessage(message);
  };
  const exports = new Map<number, AbortController>();
  const answer = (id: number, work: () => unknown) => {
    void (async () => {
      try {
        reply({ id, ok: true, value: await work() });
      } catch (cause) {
        reply({ id, ok: false, error: toAppError(cause) });
      }
    })();
  };

  port.on('message', (command: QueryCommand) => {
    switch (command.type) {
      case 'invalidate':
        serving.invalidate();
        return;
      case 'cancel':
        exports.get(command.id)?.abort();
        return;
      case 'call': {
        const handler = serving.handlers[command.method] as (argument: unknown) => unknown;
        answer(command.id, () => handler(command.argument));
        return;
      }
      case 'export': {
        const { id, request, path, generatedAt } = command;
        const writer = serving.writer;
        const controller = new AbortController();
        exports.set(id, controller);
        answer(id, async (): Promise<ReportWritten> => {
          try {
            if (writer === undefined) throw new Error('This worker writes no exports.');
            return await writer(request, path, new Date(generatedAt), {
              signal: controller.signal,
              progress: (progress) => {
                reply({ id, progress });
              },
            });
          } finally {
            exports.delete(id);
          }
        });
        return;
      }
    }
  });
}
