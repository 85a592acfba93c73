/**
 * What a thrown network error means for a retry: connection refused and unknown hosts cannot be
 * fixed by trying again; timeouts and dropped or cut-short connections usually can. undici wraps
 * causes (and Node reports a refused dual-stack connect as an AggregateError), so the whole chain
 * is searched for a known code.
 */

export type TransportErrorKind = 'refused' | 'dns' | 'timeout' | 'reset' | 'other';

export interface TransportError {
  readonly kind: TransportErrorKind;
  readonly detail: string;
}

type RetryableKind = Exclude<TransportErrorKind, 'other'>;

const kindByCode: Readonly<Record<string, RetryableKind>> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NONAME: 'dns',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
  UND_ERR_SOCKET: 'reset',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  EHOSTUNREACH: 'reset',
  ENETUNREACH: 'reset',
  UND_ERR_CLOSED: 'reset',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'reset',
  UND_ERR_REQ_CONTENT_LENGTH_MISMATCH: 'reset',
};

const details: Readonly<Record<RetryableKind, string>> = {
  refused: 'connection refused',
  dns: 'host not found',
  timeout: 'timed out',
  reset: 'connection dropped',
};

function causesOf(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.length < 20) {
    const next = queue.shift();
    if (next === undefined || next === null || seen.includes(next)) continue;
    seen.push(next);
    if (next instanceof AggregateError) queue.push(...(next.errors as unknown[]));
    if (next instanceof Error) queue.push(next.cause);
  }
  return seen;
}

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

export function classifyTransportError(error: unknown): TransportError {
  for (const cause of causesOf(error)) {
    const code = codeOf(cause);
    const kind = code === null ? undefined : kindByCode[code];
    if (kind !== undefined) return { kind, detail: details[kind] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'other', detail: message === '' ? 'unknown network error' : message };
}
