/**
 * One account's daily net flows over a day range, handed to a visitor by day and currency: either
 * read from `daily_flow` (the computation from scratch) or from the packed recent flows the writer
 * keeps (migration 0130), whose stale accounts are read from `daily_flow` too. Both hand over the
 * same values in the same order, so figures summed from them are identical.
 */
import type { ReadableDb } from '../db/connection';
import { dailyNetReader } from '../db/queries/flows';
import type { KeptRecentFlows } from '../db/queries/recent-flows';

export type FlowVisitor = (day: number, currency: string, netCents: number) => void;

export interface AccountFlows {
  each(iban: string, fromDay: number, toDay: number, visit: FlowVisitor): void;
}

export function liveFlows(db: ReadableDb): AccountFlows {
  const read = dailyNetReader(db);
  return {
    each(iban, fromDay, toDay, visit) {
      for (const [day, currency, net] of read(iban, fromDay, toDay)) visit(day, currency, net);
    },
  };
}

/** Packed flows for ranges starting on or after the cutoff; the caller checks the range. */
export function keptFlows(db: ReadableDb, kept: KeptRecentFlows): AccountFlows {
  const live = liveFlows(db);
  return {
    each(iban, fromDay, toDay, visit) {
      if (fromDay < kept.cutoff) throw new RangeError(`Day ${fromDay} is before the kept flows.`);
      if (kept.stale.has(iban)) {
        live.each(iban, fromDay, toDay, visit);
        return;
      }
      const account = kept.accounts.get(iban);
      if (account === undefined) return;
      const { flows, currencies } = account;
      for (let at = 0; at < flows.length; at += 3) {
        const day = flows[at] ?? 0;
        if (day < fromDay) continue;
        if (day > toDay) break;
        visit(day, currencies[flows[at + 1] ?? 0] ?? '', flows[at + 2] ?? 0);
      }
    },
  };
}
