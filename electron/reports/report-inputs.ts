/**
 * What reports read from: the contract's services for every figure (so a report shows exactly what
 * the app and `cashflow balance` show, and follows any change to those services), and the read
 * connection for the long lists that are streamed rather than answered in one piece.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ReadableDb } from '../db/connection';

export interface ReportInputs {
  /** Calls one contract method with the contract's validation; failures are thrown as AppFailure. */
  call<M extends MethodName>(name: M, argument: MethodInput<M>): Promise<MethodOutput<M>>;
  readonly db: () => ReadableDb;
  /**
   * A connection of its own for one long export, tuned to keep the process's memory flat (see
   * openStreamingDatabase); the caller closes it.
   */
  readonly openStreaming: () => { readonly db: ReadableDb; close(): void };
  /** The moment the report is made; fixed in tests and for regenerating a report for an audit. */
  readonly now: () => Date;
}
