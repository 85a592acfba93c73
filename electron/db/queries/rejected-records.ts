/** Source elements kept because they could not be read as a company or a rate row. */
import type { ReadableDb } from '../connection';

export interface RejectedRow {
  readonly kind: 'company' | 'rate';
  readonly raw: string;
  readonly detail: string;
}

/** How many of each kind, and the first `limit` of them in the order they were first seen. */
export function rejectedRecords(
  db: ReadableDb,
  limit: number,
): { readonly counts: Record<RejectedRow['kind'], number>; readonly rows: RejectedRow[] } {
  const counts = { company: 0, rate: 0 };
  for (const [kind, count] of db
    .prepare('SELECT kind, count(*) FROM rejected_record GROUP BY kind')
    .raw()
    .all() as [RejectedRow['kind'], number][]) {
    counts[kind] = count;
  }
  const rows = db
    .prepare('SELECT kind, raw, detail FROM rejected_record ORDER BY first_seen_ms, kind, raw LIMIT ?')
    .all(limit) as RejectedRow[];
  return { counts, rows };
}
