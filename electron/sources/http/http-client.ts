/**
 * The one HTTP client every source adapter uses: keep-alive connections (undici Agent), connect,
 * headers and body timeouts, retries of transient faults with backoff, and every failure turned
 * into an AppFailure with a stable code and one sentence. A response body is read completely and
 * then parsed by the caller's `read`; a parse failure counts as a transient fault (a truncated
 * body), so it is retried too.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { Agent, request } from 'undici';
import type { RetryNotice } from '../source';
import {
  backoffDelayMs,
  resolveRetryOptions,
  retryAfterMs,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry-policy';
import { classifyTransportError } from './transport-errors';
import { authFromUrl, authHeader, sourceOrigin, type SourceAuth } from './source-url';
import { httpFailures, type TransientFault } from './http-failures';
import { defaultMaxBodyBytes, readBodyCapped } from './read-body';

export interface HttpTimeouts {
  readonly connectMs?: number;
  /** Until the status line and headers arrive. */
  readonly headersMs?: number;
  /** Longest silence while the body streams in. */
  readonly bodyMs?: number;
}

export const defaultTimeouts: Required<HttpTimeouts> = {
  connectMs: 10_000,
  headersMs: 30_000,
  bodyMs: 30_000,
};

export interface HttpClientOptions {
  readonly url: string;
  readonly auth?: SourceAuth;
  readonly timeouts?: HttpTimeouts;
  readonly retry?: RetryOptions;
  /** Waits between attempts; injectable so tests run without real delays. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Uniform in [0, 1); injectable for deterministic jitter. */
  readonly random?: () => number;
  readonly now?: () => number;
  /** Largest response body accepted, in bytes (default 64 MiB); a larger one fails as bad-response. */
  readonly maxBodyBytes?: number;
}

export interface ResponseInfo {
  readonly status: number;
  readonly contentType: string;
}

export interface GetOptions<T> {
  readonly signal?: AbortSignal | undefined;
  /**
   * Statuses handed to `read` (default: 2xx). 401/403 always fail as unauthorized and 429/5xx are
   * always retried, whatever this says.
   */
  readonly acceptStatus?: (status: number) => boolean;
  /** Reads the complete body; throwing marks it unreadable (retried, then 'bad-response'). */
  readonly read: (body: string, info: ResponseInfo) => T;
}

export interface HttpClient {
  /** The base URL without credentials, as shown in messages. */
  readonly origin: string;
  get<T>(path: string, options: GetOptions<T>): Promise<T>;
  onRetry(listener: (notice: RetryNotice) => void): () => void;
  close(): Promise<void>;
}

const isSuccess = (status: number) => status >= 200 && status < 300;

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, signal ? { signal } : {});
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { base, origin } = sourceOrigin(options.url);
  const timeouts = { ...defaultTimeouts, ...options.timeouts };
  const retry: ResolvedRetryOptions = resolveRetryOptions(options.retry);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const headers: Record<string, string> = { accept: 'application/json' };
  const credentials = options.auth ?? authFromUrl(options.url);
  if (credentials !== undefined) headers['authorization'] = authHeader(credentials);
  const failures = httpFailures(origin, credentials !== undefined);
  const dispatcher = new Agent({
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
    keepAliveTimeout: 10_000,
  });
  const listeners = new Set<(notice: RetryNotice) => void>();

  /** One attempt: a value, or a transient fault worth another try. Fatal problems throw. */
  async function attempt<T>(path: string, get: GetOptions<T>): Promise<{ value: T } | TransientFault> {
    let response;
    let body: string | null;
    try {
      response = await request(`${base}${path}`, {
        dispatcher,
        method: 'GET',
        headers,
        signal: get.signal ?? null,
      });
      body = await readBodyCapped(response.body, maxBodyBytes);
    } catch (cause) {
      if (get.signal?.aborted) throw failures.cancelled(cause);
      const transport = classifyTransportError(cause);
      if (transport.kind === 'refused' || transport.kind === 'dns' || transport.kind === 'other') {
        throw failures.unreachable(transport.detail, cause);
      }
      return { kind: transport.kind, detail: transport.detail, retryAfterMs: null };
    }
    if (body === null) throw failures.tooLarge(path, maxBodyBytes);
    const status = response.statusCode;
    const contentType = headerText(response.headers['content-type']) ?? '';
    if (status === 401 || status === 403) throw failures.unauthorized(status);
    if (status === 429 || status >= 500) {
      const wait = retryAfterMs(headerText(response.headers['retry-after']), retry, now());
      return { kind: 'status', detail: `HTTP ${status}`, retryAfterMs: wait };
    }
    if (!(get.acceptStatus ?? isSuccess)(status)) throw failures.refusedStatus(path, status, body);
    try {
      return { value: get.read(body, { status, contentType }) };
    } catch (cause) {
      if (/html/i.test(contentType)) throw failures.htmlPage(path, cause);
      const detail = cause instanceof Error ? cause.message : String(cause);
      return { kind: 'unreadable', detail, retryAfterMs: null };
    }
  }

  async function get<T>(path: string, getOptions: GetOptions<T>): Promise<T> {
    const { signal } = getOptions;
    for (let attemptNo = 1; ; attemptNo += 1) {
      if (signal?.aborted) throw failures.cancelled(signal.reason);
      const outcome = await attempt(path, getOptions);
      if ('value' in outcome) return outcome.value;
      if (attemptNo >= retry.maxAttempts) throw failures.gaveUp(path, outcome, attemptNo);
      const delayMs = outcome.retryAfterMs ?? backoffDelayMs(attemptNo, retry, random);
      const notice: RetryNotice = { attempt: attemptNo, delayMs, reason: `GET ${path}: ${outcome.detail}` };
      for (const listener of listeners) listener(notice);
      try {
        await sleep(delayMs, signal);
      } catch (cause) {
        if (signal?.aborted) throw failures.cancelled(cause);
        throw cause;
      }
    }
  }

  return {
    origin,
    get,
    onRetry(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      // destroy, not close: a request left hanging by the server must not keep the app waiting.
      await dispatcher.destroy();
    },
  };
}
