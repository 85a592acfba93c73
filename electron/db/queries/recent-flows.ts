/** Reads of the packed figures per account (migration 0130) for the portfolio. */
import type { ReadableDb } from '../connection';
import { unpackBucket } from '../recent-flow-blob';

export interface PackedAccount {
  readonly currencies: readonly string[];
  /** Running net cents per currency of `currencies`. */
  readonly totals: Float64Array;
  /** Triples (day, index into `currencies`, net cents), by day and currency. */
  readonly flows: Float64Array;
}

export interface KeptRecentFlows {
  /** The first day the packed rows hold. */
  readonly cutoff: number;
  /** Accounts with running totals, and not stale. */
  readonly accounts: ReadonlyMap<string, PackedAccount>;
  /** Accounts changed since they were packed: read them from the daily aggregates. */
  readonly stale: ReadonlySet<string>;
}

/** Every packed account, or null when nothing is kept (an empty database, or a bulk load under way). */
export function keptRecentFlows(db: ReadableDb): KeptRecentFlows | null {
  const cutoff = db.prepare('SELECT cutoff FROM recent_flow_window').pluck().get() as
    number | null | undefined;
  if (cutoff === null || cutoff === undefined) return null;
  const accounts = new Map<string, PackedAccount>();
  const rows = db.prepare('SELECT accounts, figures FROM recent_flow').raw().all() as [string, Buffer][];
  // Most accounts share a handful of currency lists: split each list once.
  const lists = new Map<string, readonly string[]>();
  for (const [listed, figures] of rows) {
    unpackBucket(listed, figures, (iban, currencies, values) => {
      let list = lists.get(currencies);
      if (list === undefined) {
        list = currencies.split(',');
        lists.set(currencies, list);
      }
      accounts.set(iban, {
        currencies: list,
        totals: values.subarray(0, list.length),
        flows: values.subarray(list.length),
      });
    });
  }
  const stale = new Set(db.prepare('SELECT iban FROM recent_flow_stale').pluck().all() as string[]);
  return { cutoff, accounts, stale };
}
