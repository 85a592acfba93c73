/**
 * Bounded by the data (docs/domain.md "Balances"): the synced span runs from the first to the last
 * UTC day of any stored transaction (SEPA and SWIFT each reported too), and every range a query
 * answers is cut to it, so nothing — a balance carried forward, interest, days overdrawn — is
 * computed for a day the data does not cover. Results say what was cut.
 */
import type { RangeBounds, SyncedSpan } from '../../shared/analytics';
import { isoFromDay } from '../../shared/days';
import { AppFailure } from '../../shared/result';
import type { ReadableDb } from '../db/connection';
import { sourceDaySpans } from '../db/queries/sync-facts';
import { streamOfCode } from '../db/stream-code';

export interface DaySpan {
  readonly first: number;
  readonly last: number;
  readonly view: SyncedSpan;
}

export function syncedSpan(db: ReadableDb): DaySpan | null {
  const sources = sourceDaySpans(db).map((span) => ({ ...span, source: streamOfCode(span.source) }));
  if (sources.length === 0) return null;
  const first = Math.min(...sources.map((s) => s.first));
  const last = Math.max(...sources.map((s) => s.last));
  return {
    first,
    last,
    view: {
      from: isoFromDay(first),
      to: isoFromDay(last),
      sources: sources.map((s) => ({ source: s.source, from: isoFromDay(s.first), to: isoFromDay(s.last) })),
    },
  };
}

export interface ClampedRange extends Required<RangeBounds> {
  readonly fromDay: number;
  readonly toDay: number;
}

/**
 * Cuts an inclusive day range to the synced span. A range that does not meet the span at all has
 * no figures to give: that is an error the analyst can act on, not a row of zeros. With nothing
 * synced yet the range is left as asked (every figure is zero or empty anyway).
 */
export function clampToSpan(span: DaySpan | null, fromDay: number, toDay: number): ClampedRange {
  if (span === null) return { fromDay, toDay, clampedFrom: null, clampedTo: null, span: null };
  if (fromDay > span.last || toDay < span.first) {
    throw new AppFailure(
      'outside-synced-data',
      `${isoFromDay(fromDay)} to ${isoFromDay(toDay)} lies outside the synced data (${span.view.from} to ${span.view.to}).`,
    );
  }
  return {
    fromDay: Math.max(fromDay, span.first),
    toDay: Math.min(toDay, span.last),
    clampedFrom: fromDay < span.first ? isoFromDay(fromDay) : null,
    clampedTo: toDay > span.last ? isoFromDay(toDay) : null,
    span: span.view,
  };
}

export function clampRange(db: ReadableDb, fromDay: number, toDay: number): ClampedRange {
  return clampToSpan(syncedSpan(db), fromDay, toDay);
}
