/**
 * When to try a request again and how long to wait: exponential backoff with full jitter (each wait
 * is uniformly random below an exponentially growing cap, so many clients do not retry in step),
 * and the server's `Retry-After` honoured up to a cap.
 */

export interface RetryOptions {
  /** Total attempts per request, the first one included. */
  readonly maxAttempts?: number;
  /** Cap of the first wait; doubles with every further attempt. */
  readonly baseDelayMs?: number;
  /** Ceiling of the exponential cap. */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` obeyed; a longer one is shortened to this. */
  readonly maxRetryAfterMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const defaultRetryOptions: ResolvedRetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 30_000,
};

export function resolveRetryOptions(options: RetryOptions | undefined): ResolvedRetryOptions {
  const resolved = { ...defaultRetryOptions, ...options };
  return { ...resolved, maxAttempts: Math.max(1, Math.floor(resolved.maxAttempts)) };
}

/** The upper bound of the wait after failed attempt number `attempt` (1-based). */
export function backoffCapMs(attempt: number, options: ResolvedRetryOptions): number {
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
}

/** Full jitter: a wait drawn uniformly from [0, cap). */
export function backoffDelayMs(attempt: number, options: ResolvedRetryOptions, random: () => number): number {
  return Math.floor(random() * backoffCapMs(attempt, options));
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date), capped; null when
 * absent or unreadable, so the caller falls back to its own backoff.
 */
export function retryAfterMs(
  header: string | undefined,
  options: ResolvedRetryOptions,
  now: number,
): number | null {
  if (header === undefined) return null;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return null;
    ms = Math.max(0, date - now);
  }
  return Math.min(ms, options.maxRetryAfterMs);
}
