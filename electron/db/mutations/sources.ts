/** Saving a configured source with its (sealed) credentials. */
import type { Dialect } from '../../../shared/domain';
import type { WritableDb } from '../connection';

export function saveSource(
  db: WritableDb,
  url: string,
  dialect: Dialect,
  auth: string | null,
  nowMs: number,
): number {
  db.prepare(
    `INSERT INTO source (url, dialect, auth, added_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET dialect = excluded.dialect, auth = excluded.auth`,
  ).run(url, dialect, auth, nowMs);
  return db.prepare('SELECT source_id FROM source WHERE url = ?').pluck().get(url) as number;
}

/** Changes a source's address, dialect and sealed credentials; its cursors and runs stay with it. */
export function updateSource(
  db: WritableDb,
  sourceId: number,
  change: { readonly url: string; readonly dialect: Dialect; readonly auth: string | null },
): void {
  db.prepare('UPDATE source SET url = ?, dialect = ?, auth = ? WHERE source_id = ?').run(
    change.url,
    change.dialect,
    change.auth,
    sourceId,
  );
}

/** Forgets a source; its cursors and run history go with it (ON DELETE CASCADE), the data stays. */
export function removeSource(db: WritableDb, sourceId: number): void {
  db.prepare('DELETE FROM source WHERE source_id = ?').run(sourceId);
}
