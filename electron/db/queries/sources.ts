/** The configured CDM sources and the outcome of each one's latest sync run. */
import type { Dialect } from '../../../shared/domain';
import type { ReadableDb } from '../connection';

export interface StoredSource {
  readonly sourceId: number;
  readonly url: string;
  readonly dialect: Dialect;
  /** Sealed credentials (see the main process's secret box), or null. */
  readonly auth: string | null;
  readonly addedMs: number;
}

export function listSources(db: ReadableDb): StoredSource[] {
  return db
    .prepare(
      'SELECT source_id AS sourceId, url, dialect, auth, added_ms AS addedMs FROM source ORDER BY source_id',
    )
    .all() as StoredSource[];
}

export function findSource(db: ReadableDb, sourceId: number): StoredSource | null {
  const row = db
    .prepare(
      'SELECT source_id AS sourceId, url, dialect, auth, added_ms AS addedMs FROM source WHERE source_id = ?',
    )
    .get(sourceId) as StoredSource | undefined;
  return row ?? null;
}

export interface StoredRun {
  readonly sourceId: number;
  readonly startedMs: number;
  readonly finishedMs: number | null;
  readonly outcome: string | null;
  /** The run's summary as JSON text, when it recorded one. */
  readonly summary: string | null;
}

/** The latest run of each source that has one. */
export function latestRuns(db: ReadableDb): StoredRun[] {
  return db
    .prepare(
      `SELECT source_id AS sourceId, started_ms AS startedMs, finished_ms AS finishedMs, outcome, summary
       FROM sync_run WHERE run_id IN (SELECT max(run_id) FROM sync_run GROUP BY source_id)`,
    )
    .all() as StoredRun[];
}
