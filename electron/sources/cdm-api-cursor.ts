/**
 * The cdm-api keyset cursor: the key of the last record delivered, `{afterId}` for integer ids or
 * `{afterTimestamp, afterUuid}` for uuid ids, told apart from the records themselves. A page may
 * overlap the previous one (the database drops duplicates), but within a pass the key never moves
 * backwards, so a page served from too early a point can never make the client read the stream
 * again. Only the end of a pass steps the key back by one (`rewindCdmApiCursor`).
 */
import { z } from 'zod';
import type { RawTransaction } from '../../shared/domain';
import { parseTimestamp } from '../../shared/rules/timestamp';

export type CdmApiCursor =
  { readonly afterId: string } | { readonly afterTimestamp: string; readonly afterUuid: string } | null;

const integerText = /^-?\d+$/;

const savedCursor = z.union([
  z.object({ afterId: z.string().regex(integerText) }),
  z.object({ afterTimestamp: z.string().min(1), afterUuid: z.string().min(1) }),
]);

/** A cursor saved by an earlier page, or null (from the start) when there is none or it is not ours. */
export function readCdmApiCursor(saved: unknown): CdmApiCursor {
  const parsed = savedCursor.safeParse(saved);
  return parsed.success ? parsed.data : null;
}

/** The query parameters that continue after `cursor`. */
export function cursorQuery(cursor: CdmApiCursor): string {
  if (cursor === null) return '';
  if ('afterId' in cursor) return `&after-id=${encodeURIComponent(cursor.afterId)}`;
  return `&after-timestamp=${encodeURIComponent(cursor.afterTimestamp)}&after-uuid=${encodeURIComponent(cursor.afterUuid)}`;
}

/** Integer keys unless the cursor or any readable id says otherwise (a non-integer id means uuids). */
function usesUuidKeys(cursor: CdmApiCursor, records: readonly RawTransaction[]): boolean {
  if (cursor !== null) return !('afterId' in cursor);
  return records.some((record) => record.id !== '' && !integerText.test(record.id));
}

function lastIntegerKey(records: readonly RawTransaction[]): bigint | null {
  let last: bigint | null = null;
  for (const record of records) {
    if (!integerText.test(record.id)) continue;
    const id = BigInt(record.id);
    if (last === null || id > last) last = id;
  }
  return last;
}

/** The last record in server order with a readable uuid and timestamp. */
function lastUuidKey(records: readonly RawTransaction[]): { ts: string; tsMs: number; id: string } | null {
  for (let i = records.length - 1; i >= 0; i -= 1) {
    const record = records[i];
    if (record === undefined || record.id === '' || record.ts === null) continue;
    const tsMs = parseTimestamp(record.ts);
    if (tsMs !== null) return { ts: record.ts, tsMs, id: record.id };
  }
  return null;
}

/** The cursor after a page: its last key, unless that is not after the current cursor. */
export function advanceCdmApiCursor(cursor: CdmApiCursor, records: readonly RawTransaction[]): CdmApiCursor {
  if (!usesUuidKeys(cursor, records)) {
    const last = lastIntegerKey(records);
    if (last === null) return cursor;
    if (cursor !== null && 'afterId' in cursor && last <= BigInt(cursor.afterId)) return cursor;
    return { afterId: last.toString() };
  }
  const last = lastUuidKey(records);
  if (last === null) return cursor;
  if (cursor !== null && 'afterTimestamp' in cursor) {
    const currentMs = parseTimestamp(cursor.afterTimestamp) ?? Number.NEGATIVE_INFINITY;
    if (last.tsMs < currentMs || (last.tsMs === currentMs && last.id <= cursor.afterUuid)) return cursor;
  }
  return { afterTimestamp: last.ts, afterUuid: last.id };
}

/** Whether `next` is a different key than `previous` (the page moved the stream forward). */
export function cursorMoved(previous: CdmApiCursor, next: CdmApiCursor): boolean {
  return JSON.stringify(previous) !== JSON.stringify(next);
}

/** Sorts after every uuid, in either case. */
const lastUuid = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * The key the next pass starts from: just before the last key, so that pass reads the last key's
 * records again. A batch-payment sibling that joins that group after this pass shares the key and
 * would never come "after" it; read again, it is seen and the group withdrawn (the records read
 * again collapse as duplicates).
 */
export function rewindCdmApiCursor(cursor: CdmApiCursor): CdmApiCursor {
  if (cursor === null) return null;
  if ('afterId' in cursor) return { afterId: (BigInt(cursor.afterId) - 1n).toString() };
  const ms = parseTimestamp(cursor.afterTimestamp);
  if (ms === null) return cursor;
  return { afterTimestamp: new Date(ms - 1).toISOString(), afterUuid: lastUuid };
}
