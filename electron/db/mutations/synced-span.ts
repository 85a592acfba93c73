/** The synced span (docs/domain.md "Balances") widens by the days each commit delivered. */
import type { ClassifiedTransaction } from '../../../shared/classified-transaction';
import type { WritableDb } from '../connection';
import { streamCode } from '../stream-code';

export function createSpanWidener(db: WritableDb): (records: readonly ClassifiedTransaction[]) => void {
  const widen = db.prepare(`
    INSERT INTO synced_span (source, first_day, last_day) VALUES (?, ?, ?)
    ON CONFLICT (source) DO UPDATE SET first_day = min(first_day, excluded.first_day),
      last_day = max(last_day, excluded.last_day)`);
  return (records) => {
    const spans = new Map<number, { first: number; last: number }>();
    for (const record of records) {
      if (record.day === null) continue;
      const source = streamCode(record.source);
      const span = spans.get(source);
      if (span === undefined) spans.set(source, { first: record.day, last: record.day });
      else {
        span.first = Math.min(span.first, record.day);
        span.last = Math.max(span.last, record.day);
      }
    }
    for (const [source, span] of spans) widen.run(source, span.first, span.last);
  };
}
