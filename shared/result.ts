/**
 * Errors as data: every boundary (IPC, HTTP test host, CLI, sources) answers with a Result
 * whose error carries a stable code for logs and a sentence for people.
 */

export const errorCodes = [
  'invalid-argument',
  'not-found',
  'source-unreachable',
  'source-timeout',
  'not-a-cdm-api',
  'unauthorized',
  'no-keystore',
  'bad-response',
  'db-busy',
  'db-too-new',
  'db-too-old',
  'not-a-database',
  'cancelled',
  'port-in-use',
  'unknown-method',
  'forbidden-sender',
  'file-exists',
  'write-failed',
  'internal',
  'outside-synced-data',
  'not-in-scope',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** An exception that carries an AppError, for code paths deep enough that returning Results is noise. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppFailure';
    this.code = code;
  }
  toAppError(): AppError {
    return { code: this.code, message: this.message };
  }
}

/** Maps anything thrown to an AppError without leaking stack traces to the user. */
export function toAppError(cause: unknown): AppError {
  if (cause instanceof AppFailure) return cause.toAppError();
  const message = cause instanceof Error ? cause.message : String(cause);
  return { code: 'internal', message: `Unexpected failure: ${message}` };
}
