/**
 * The exposer's pass logic (docs/cdm-api.md, "Dialect `exposer`"). The server keeps the only real
 * cursor and it cycles through the data forever, so the client can only notice where it is from the
 * timestamps it receives: a batch that starts earlier than the previous one means the server wrapped
 * to the start; the pass is complete once a wrapped batch reaches back to where the pass began, or
 * after two empty polls in a row. Pure, so the rules are tested without a server.
 */
import { z } from 'zod';
import type { RawTransaction } from '../../shared/domain';
import { parseTimestamp } from '../../shared/rules/timestamp';

export interface ExposerCursor {
  /** Min timestamp of the first non-empty batch of this pass. */
  readonly passStartMs: number | null;
  /** Min timestamp of the last non-empty batch. */
  readonly prevMinMs: number | null;
  /** The server's cursor went back to the first period during this pass. */
  readonly wrapped: boolean;
  /** Consecutive polls that brought nothing (empty, 204, 404, timed out). */
  readonly emptyStreak: number;
}

export const initialExposerCursor: ExposerCursor = {
  passStartMs: null,
  prevMinMs: null,
  wrapped: false,
  emptyStreak: 0,
};

const savedCursor = z.object({
  passStartMs: z.number().nullable(),
  prevMinMs: z.number().nullable(),
  wrapped: z.boolean(),
  emptyStreak: z.number().int().nonnegative(),
});

/** A cursor saved by an earlier page, or the initial one when there is none (or it is not ours). */
export function readExposerCursor(saved: unknown): ExposerCursor {
  const parsed = savedCursor.safeParse(saved);
  return parsed.success ? parsed.data : initialExposerCursor;
}

/** What one poll brought: a batch (with its parseable time range, if any record has one) or nothing. */
export type PollOutcome =
  | { readonly kind: 'batch'; readonly minMs: number | null; readonly maxMs: number | null }
  | { readonly kind: 'empty' };

/** The outcome of a poll that returned these records; unparseable timestamps take no part. */
export function pollOutcome(records: readonly RawTransaction[]): PollOutcome {
  if (records.length === 0) return { kind: 'empty' };
  let minMs: number | null = null;
  let maxMs: number | null = null;
  for (const record of records) {
    const ms = record.ts === null ? null : parseTimestamp(record.ts);
    if (ms === null) continue;
    if (minMs === null || ms < minMs) minMs = ms;
    if (maxMs === null || ms > maxMs) maxMs = ms;
  }
  return { kind: 'batch', minMs, maxMs };
}

export interface CursorStep {
  /** The cursor to save with the page; already the next pass's cursor when the pass ended. */
  readonly cursor: ExposerCursor;
  readonly endOfPass: boolean;
}

function nextPass(cursor: ExposerCursor): CursorStep {
  return {
    cursor: { passStartMs: null, prevMinMs: cursor.prevMinMs, wrapped: false, emptyStreak: 0 },
    endOfPass: true,
  };
}

export function advanceExposerCursor(cursor: ExposerCursor, outcome: PollOutcome): CursorStep {
  if (outcome.kind === 'empty') {
    const emptyStreak = cursor.emptyStreak + 1;
    return emptyStreak >= 2 ? nextPass(cursor) : { cursor: { ...cursor, emptyStreak }, endOfPass: false };
  }
  const { minMs, maxMs } = outcome;
  // Records without a readable time say nothing about where the server is; they still end a streak.
  if (minMs === null || maxMs === null) return { cursor: { ...cursor, emptyStreak: 0 }, endOfPass: false };
  // Strictly earlier: a batch re-delivered with the same start is a duplicate, not a wrap.
  const wrapped = cursor.wrapped || (cursor.prevMinMs !== null && minMs < cursor.prevMinMs);
  const next: ExposerCursor = {
    passStartMs: cursor.passStartMs ?? minMs,
    prevMinMs: minMs,
    wrapped,
    emptyStreak: 0,
  };
  if (next.wrapped && next.passStartMs !== null && maxMs >= next.passStartMs) return nextPass(next);
  return { cursor: next, endOfPass: false };
}
