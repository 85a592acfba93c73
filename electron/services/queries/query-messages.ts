/** What the main thread and a query worker say to each other. */
import type { AppError } from '../../../shared/result';
import type { Lane } from './lanes';
import type { ReadMethod } from './read-methods';

/** A call carries an argument the contract's schema has already parsed in the main process. */
export type QueryCommand =
  | { readonly type: 'call'; readonly id: number; readonly method: ReadMethod; readonly argument: unknown }
  /** Drop the connection and everything cached on it; the next call opens a fresh one. */
  | { readonly type: 'invalidate' };

export type QueryReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: AppError };

export interface QueryWorkerData {
  readonly dbPath: string;
  readonly lane: Lane;
}
