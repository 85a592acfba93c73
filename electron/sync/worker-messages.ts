/** The messages between the main thread and the sync worker. */
import type { SyncProgress, SyncSummary } from '../../shared/sync';

export type SyncWorkerMessage =
  | { readonly type: 'progress'; readonly progress: SyncProgress }
  | { readonly type: 'done'; readonly summary: SyncSummary };

export type SyncWorkerCommand = { readonly type: 'cancel' };
