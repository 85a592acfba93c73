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
