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
