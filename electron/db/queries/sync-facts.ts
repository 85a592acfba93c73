/** Facts about what has been synced so far, for progress estimates and status displays. */
import { dayOfEpochMs } from '../../../shared/days';
import type { ReadableDb } from '../connection';

/**
 * The UTC day of the latest stored transaction, or null when nothing is synced yet. Read from the
 * identity index (it leads with the timestamp), so it costs one index seek at any size.
 */
export function lastTransactionDay(db: ReadableDb): number | null {
  const maxMs = db.prepare('SELECT max(ts_ms) FROM txn').pluck().get() as number | null;
  return maxMs === null ? null : dayOfEpochMs(maxMs);
}

/** First and last UTC day each transaction source (0 = SEPA, 1 = SWIFT) delivered data for. */
export function sourceDaySpans(db: ReadableDb): { source: number; first: number; last: number }[] {
  return db
    .prepare('SELECT source, first_day AS first, last_day AS last FROM synced_span ORDER BY source')
    .all() as { source: number; first: number; last: number }[];
}

/** When the latest sync run started (companies, and their reported balances, are read first), or null. */
export function latestSyncStartMs(db: ReadableDb): number | null {
  return db.prepare('SELECT max(started_ms) FROM sync_run').pluck().get() as number | null;
}
