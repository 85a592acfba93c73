/** Facts a report's cover states about where its data came from and how fresh it is. */
import type { ReadableDb } from '../connection';

export interface LastSyncRow {
  readonly url: string;
  readonly dialect: string;
  readonly finishedMs: number;
  readonly outcome: string | null;
}

/** The latest sync run that finished, with its source, or null when none has. */
export function lastFinishedSync(db: ReadableDb): LastSyncRow | null {
  const row = db
    .prepare(
      `SELECT s.url, s.dialect, r.finished_ms AS finishedMs, r.outcome FROM sync_run r
       JOIN source s ON s.source_id = r.source_id
       WHERE r.finished_ms IS NOT NULL ORDER BY r.finished_ms DESC LIMIT 1`,
    )
    .get() as LastSyncRow | undefined;
  return row ?? null;
}

/** How many quarantined records there are in all, for an export's progress total. */
export function quarantinedCount(db: ReadableDb): number {
  return db.prepare('SELECT count(*) FROM txn WHERE status <> 0').pluck().get() as number;
}
