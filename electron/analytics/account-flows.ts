/**
 * One account's running net per currency and its daily net flows over a day range, handed to a
 * visitor by currency (and day): either read from the aggregates (the computation from scratch) or
 * from the packed figures the writer keeps (migration 0130), whose stale accounts are read from the
 * aggregates too. Both hand over the same values in the same order, so sums of them are identical.
 */
import type { ReadableDb } from '../db/connection';
import { dailyNetReader } from '../db/queries/flows';
import { allAccountTotals } from '../db/queries/portfolio';
import type { KeptRecentFlows, PackedAccount } from '../db/queries/recent-flows';

export type FlowVisitor = (day: number, currency: string, netCents: number) => void;
export type TotalVisitor = (currency: string, netCents: number) => void;

export interface AccountFlows {
  /** The running net per currency, in currency order. */
  eachTotal(iban: string, visit: TotalVisitor): void;
  each(iban: string, fromDay: number, toDay: number, visit: FlowVisitor): void;
  /**
   * The account's packed figures when they are kept and not stale (null: kept, none), undefined
   * when they must be read through `eachTotal` and `each`. Lets a caller loop over the values.
   */
  packed(iban: string): PackedAccount | null | undefined;
}

export function liveFlows(db: ReadableDb): AccountFlows {
  const read = dailyNetReader(db);
  // Every account's totals in one pass (in key order), read when first asked for.
  let totals: Map<string, [string, number][]> | null = null;
  return {
    eachTotal(iban, visit) {
      if (totals === null) {
        const byAccount = new Map<string, [string, number][]>();
        for (const [account, currency, netCents] of allAccountTotals(db)) {
          const list = byAccount.get(account);
          if (list === undefined) byAccount.set(account, [[currency, netCents]]);
          else list.push([currency, netCents]);
        }
        totals = byAccount;
      }
      for (const [currency, netCents] of totals.get(iban) ?? []) visit(currency, netCents);
    },
    each(iban, fromDay, toDay, visit) {
      for (const [day, currency, net] of read(iban, fromDay, toDay)) visit(day, currency, net);
    },
    packed: () => undefined,
  };
}

/** Packed flows for ranges starting on or after the cutoff; the caller checks the range. */
export function keptFlows(db: ReadableDb, kept: KeptRecentFlows): AccountFlows {
  const live = liveFlows(db);
  return {
    eachTotal(iban, visit) {
      if (kept.stale.has(iban)) {
        live.eachTotal(iban, visit);
        return;
      }
      const account = kept.accounts.get(iban);
      if (account === undefined) return;
      account.totals.forEach((netCents, index) => {
        visit(account.currencies[index] ?? '', netCents);
      });
    },
    packed(iban) {
      return kept.stale.has(iban) ? undefined : (kept.accounts.get(iban) ?? null);
    },
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
