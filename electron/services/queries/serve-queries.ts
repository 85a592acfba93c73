/**
 * The body of a query worker: answers each call with the read handler it names, one at a time in
 * the order they arrive (better-sqlite3 is synchronous), and turns any failure into a typed error.
 */
import type { MessagePort } from 'node:worker_threads';
import { toAppError } from '../../../shared/result';
import type { QueryCommand, QueryReply } from './query-messages';
import type { ReadServices } from './read-methods';

export function serveQueries(port: MessagePort, handlers: ReadServices, invalidate: () => void): void {
  const reply = (message: QueryReply) => {
    port.postMessage(message);
  };
  port.on('message', (command: QueryCommand) => {
    if (command.type === 'invalidate') {
      invalidate();
      return;
    }
    const { id, method, argument } = command;
    void (async () => {
      try {
        const handler = handlers[method] as (argument: unknown) => unknown;
        reply({ id, ok: true, value: await handler(argument) });
      } catch (cause) {
        reply({ id, ok: false, error: toAppError(cause) });
      }
    })();
  });
}
