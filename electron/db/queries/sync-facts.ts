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
