/** Storing a source's scope (the companies it is limited to). */
import type { WritableDb } from '../connection';

/** Replaces a source's scope; null (or no ids) makes it sync the whole bank again. */
export function replaceSourceScope(
  db: WritableDb,
  sourceId: number,
  companyIds: readonly number[] | null,
): void {
  db.transaction(() => {
    db.prepare('DELETE FROM source_scope WHERE source_id = ?').run(sourceId);
    const insert = db.prepare('INSERT OR IGNORE INTO source_scope (source_id, company_id) VALUES (?, ?)');
    for (const companyId of companyIds ?? []) insert.run(sourceId, companyId);
  })();
}
