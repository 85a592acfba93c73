/**
 * Sync bookkeeping: sources, the cursor of each stream (and of each party filter of a scoped sync),
 * and the record of each run.
 */
import type { Dialect, PaymentStream } from '../../../shared/domain';
import type { ReadableDb, WritableDb } from '../connection';
import { refreshRecentFlows } from './recent-flows';

export interface SourceRow {
  readonly sourceId: number;
  readonly url: string;
  readonly dialect: Dialect;
}

/** Registers a source by URL (idempotent) and returns its id. */
export function ensureSource(db: WritableDb, url: string, dialect: Dialect, nowMs: number): number {
  db.prepare(
    `INSERT INTO source (url, dialect, added_ms) VALUES (?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET dialect = excluded.dialect`,
  ).run(url, dialect, nowMs);
  return db.prepare('SELECT source_id FROM source WHERE url = ?').pluck().get(url) as number;
}

export function loadCursor(db: ReadableDb, sourceId: number, stream: PaymentStream): unknown {
  const text = db
    .prepare('SELECT cursor FROM sync_cursor WHERE source_id = ? AND stream = ?')
    .pluck()
    .get(sourceId, stream) as string | undefined;
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

/** Saves a stream's cursor; call in the same transaction as the page's records. */
export function saveCursor(
  db: WritableDb,
  sourceId: number,
  stream: PaymentStream,
  cursor: unknown,
  nowMs: number,
): void {
  db.prepare(
    `INSERT INTO sync_cursor (source_id, stream, cursor, pages, updated_ms) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (source_id, stream) DO UPDATE SET cursor = excluded.cursor, pages = pages + 1,
       updated_ms = excluded.updated_ms`,
  ).run(sourceId, stream, JSON.stringify(cursor), nowMs);
}

export function startRun(db: WritableDb, sourceId: number, nowMs: number): number {
  return Number(
    db.prepare('INSERT INTO sync_run (source_id, started_ms) VALUES (?, ?)').run(sourceId, nowMs)
      .lastInsertRowid,
  );
}

export function finishRun(
  db: WritableDb,
  runId: number,
  nowMs: number,
  outcome: string,
  summary: unknown,
): void {
  db.transaction(() => {
    // The run's changes are in: the portfolio's kept figures catch up with them (migration 0130).
    refreshRecentFlows(db);
    db.prepare('UPDATE sync_run SET finished_ms = ?, outcome = ?, summary = ? WHERE run_id = ?').run(
      nowMs,
      outcome,
      JSON.stringify(summary),
      runId,
    );
  })();
}

/** One party filter's saved keyset cursor (cdm-api with a scope), keyed `side:iban`. */
export function loadFilterCursors(
  db: ReadableDb,
  sourceId: number,
  stream: PaymentStream,
): Map<string, unknown> {
  const rows = db
    .prepare('SELECT side, iban, cursor FROM sync_filter_cursor WHERE source_id = ? AND stream = ?')
    .all(sourceId, stream) as { side: string; iban: string; cursor: string }[];
  return new Map(rows.map((row) => [`${row.side}:${row.iban}`, JSON.parse(row.cursor) as unknown]));
}

/** Saves a party filter's cursor; call in the same transaction as the records read through it. */
export function saveFilterCursor(
  db: WritableDb,
  sourceId: number,
  stream: PaymentStream,
  filter: { readonly side: 'payer' | 'beneficiary'; readonly iban: string },
  cursor: unknown,
  nowMs: number,
): void {
  db.prepare(
    `INSERT INTO sync_filter_cursor (source_id, stream, side, iban, cursor, pages, updated_ms)
     VALUES (?, ?, ?, ?, ?, 1, ?)
     ON CONFLICT (source_id, stream, side, iban) DO UPDATE SET cursor = excluded.cursor,
       pages = pages + 1, updated_ms = excluded.updated_ms`,
  ).run(sourceId, stream, filter.side, filter.iban, JSON.stringify(cursor), nowMs);
}
