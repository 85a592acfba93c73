/** What the main thread and a query worker say to each other. */
import type { ReportProgress, ReportRequest } from '../../../shared/reports';
import type { AppError } from '../../../shared/result';
import type { Lane } from './lanes';
import type { ReadMethod } from './read-methods';

/** Arguments and requests arrive already parsed by the contract's schemas in the main process. */
export type QueryCommand =
  | { readonly type: 'call'; readonly id: number; readonly method: ReadMethod; readonly argument: unknown }
  | {
      readonly type: 'export';
      readonly id: number;
      readonly request: ReportRequest;
      readonly path: string;
      /** ISO time the report prints as generated-at. */
      readonly generatedAt: string;
    }
  /** Stops the export `id` at its next checkpoint; it then answers `cancelled`. */
  | { readonly type: 'cancel'; readonly id: number }
  /** Drop the connection and everything cached on it; the next call opens a fresh one. */
  | { readonly type: 'invalidate' };

export type QueryReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: AppError }
  | { readonly id: number; readonly progress: ReportProgress };

export interface QueryWorkerData {
  readonly dbPath: string;
  readonly lane: Lane;
}
