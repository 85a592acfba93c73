/** Keeps source elements that could not be read, once each (a refresh sends the same ones again). */
import type { WritableDb } from '../connection';

export type RejectedKind = 'company' | 'rate';

/** Stores the records not seen before and answers how many were new. */
export function keepRejected(
  db: WritableDb,
  kind: RejectedKind,
  records: readonly { readonly raw: string; readonly detail: string }[],
  nowMs: number,
): number {
  if (records.length === 0) return 0;
  const insert = db.prepare(
    'INSERT OR IGNORE INTO rejected_record (kind, raw, detail, first_seen_ms) VALUES (?, ?, ?, ?)',
  );
  let added = 0;
  db.transaction(() => {
    for (const record of records) added += insert.run(kind, record.raw, record.detail, nowMs).changes;
  })();
  return added;
}
