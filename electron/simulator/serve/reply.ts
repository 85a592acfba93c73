/**
 * Writes a route's reply to the socket, applying the transport faults (5xx, reset, hang, slow,
 * truncate). `onComplete` runs only when the complete, correct answer was handed to the socket:
 * the exposer advances its cursor there, so a faulted poll never moves it.
 */
import type { ServerResponse } from 'node:http';
import type { FaultDecision } from '../faults/fault-plan';

export interface Reply {
  readonly status: number;
  readonly contentType?: string;
  /** null: no body at all (204); otherwise the full body text. */
  readonly body: string | null;
  readonly headers?: Readonly<Record<string, string>>;
  /** Called once the full, unfaulted answer was written. */
  readonly onComplete?: () => void;
  /** The route wants no answer at all (the exposer's `hang` end mode). */
  readonly hang?: boolean;
}

/** What the server keeps so that close() can cancel slow answers. */
export interface PendingTimers {
  add(timer: NodeJS.Timeout): void;
  delete(timer: NodeJS.Timeout): void;
}

export function jsonReply(status: number, value: unknown, extra: Partial<Reply> = {}): Reply {
  return { status, contentType: 'application/json', body: JSON.stringify(value), ...extra };
}

function writeComplete(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.body === null) {
    res.writeHead(reply.status, headers).end();
  } else {
    const bytes = Buffer.from(reply.body, 'utf8');
    headers['content-type'] = reply.contentType ?? 'application/json';
    headers['content-length'] = bytes.length;
    res.writeHead(reply.status, headers).end(bytes);
  }
  reply.onComplete?.();
}

/** A cut point strictly inside the body, and never at the end of a concatenated object. */
function cutPoint(body: string, fraction: number): number {
  const lastObject = Math.max(body.lastIndexOf('}{') + 1, 0);
  const from = lastObject + 1;
  const span = Math.max(body.length - from, 1);
  return Math.min(from + Math.floor(fraction * span), body.length - 1);
}

export function sendReply(
  res: ServerResponse,
  reply: Reply,
  fault: FaultDecision | null,
  timers: PendingTimers,
  slowMs: number,
): void {
  const kind = fault?.kind ?? null;
  if (kind === 'hang') return; // the socket stays open until the client or close() ends it
  const a = fault?.a ?? 0;
  const b = fault?.b ?? 0;
  switch (kind) {
    case 'status5xx': {
      const status = a < 0.5 ? 500 : 503;
      const headers: Record<string, string> = {};
      if (b < 1 / 3) headers['retry-after'] = '0';
      else if (b < 2 / 3) headers['retry-after'] = '1';
      const message = status === 500 ? 'internal server error' : 'service unavailable';
      writeComplete(res, jsonReply(status, { error: message }, { headers }));
      return;
    }
    case 'reset': {
      // Declare the full length, send a strict prefix, then close: the client sees a body cut mid-way.
      const bytes = Buffer.from(reply.body !== null && reply.body.length >= 2 ? reply.body : '{}', 'utf8');
      const sent = Math.min(Math.max(Math.floor(b * bytes.length), 1), bytes.length - 1);
      res.writeHead(200, {
        'content-type': reply.contentType ?? 'application/json',
        'content-length': bytes.length,
      });
      res.write(bytes.subarray(0, sent), () => res.socket?.destroy());
      return;
    }
    case 'truncate': {
      const body = reply.body ?? '';
      if (body.length < 2) {
        writeComplete(res, { ...reply, onComplete: () => undefined });
        return;
      }
      res.writeHead(200, { 'content-type': reply.contentType ?? 'application/json' });
      res.end(body.slice(0, cutPoint(body, b)));
      return;
    }
    default:
  }
  if (reply.hang === true) {
    // A route that answers by not answering (exposer end mode) still completes its state change.
    if (kind !== 'duplicate') reply.onComplete?.();
    return;
  }
  switch (kind) {
    case 'slow': {
      const timer = setTimeout(() => {
        timers.delete(timer);
        writeComplete(res, reply);
      }, slowMs);
      timers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
      return;
    }
    case 'duplicate': // the route already served an overlapping/repeated page; it must not advance
      writeComplete(res, { ...reply, onComplete: () => undefined });
      return;
    default:
      writeComplete(res, reply);
  }
}
