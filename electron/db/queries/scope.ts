/**
 * Source scopes: which companies a source is limited to, and which companies the stored data is
 * complete for (the app's scope, docs/architecture.md "Scope").
 */
import type { ReadableDb } from '../connection';

/** The companies a source is limited to, ascending; null when it syncs the whole bank. */
export function sourceScopeIds(db: ReadableDb, sourceId: number): number[] | null {
  const ids = db
    .prepare('SELECT company_id FROM source_scope WHERE source_id = ? ORDER BY company_id')
    .pluck()
    .all(sourceId) as number[];
  return ids.length === 0 ? null : ids;
}

/** Every source's scope in one read (sources without one are left out). */
export function allSourceScopes(db: ReadableDb): Map<number, number[]> {
  const rows = db
    .prepare('SELECT source_id AS sourceId, company_id AS companyId FROM source_scope ORDER BY 1, 2')
    .all() as { sourceId: number; companyId: number }[];
  const scopes = new Map<number, number[]>();
  for (const row of rows) {
    const ids = scopes.get(row.sourceId) ?? [];
    ids.push(row.companyId);
    scopes.set(row.sourceId, ids);
  }
  return scopes;
}

/**
 * The companies whose figures the stored data is complete for: null (every company) unless every
 * configured source is limited to a scope, then the union of those scopes. A database without any
 * source (a bulk import, a test fixture) counts as whole.
 */
export function appScope(db: ReadableDb): ReadonlySet<number> | null {
  const unscoped = db
    .prepare('SELECT count(*) FROM source WHERE source_id NOT IN (SELECT source_id FROM source_scope)')
    .pluck()
    .get() as number;
  if (unscoped > 0) return null;
  const ids = db.prepare('SELECT DISTINCT company_id FROM source_scope').pluck().all() as number[];
  return ids.length === 0 ? null : new Set(ids);
}

/** Whether the stored data is complete for this company (see `appScope`), in two small reads. */
export function companyInAppScope(db: ReadableDb, companyId: number): boolean {
  const sources = db
    .prepare(
      `SELECT count(*) AS stored,
         count(*) FILTER (WHERE source_id NOT IN (SELECT source_id FROM source_scope)) AS whole
       FROM source`,
    )
    .get() as { stored: number; whole: number };
  if (sources.stored === 0 || sources.whole > 0) return true;
  return db.prepare('SELECT 1 FROM source_scope WHERE company_id = ? LIMIT 1').get(companyId) !== undefined;
}
