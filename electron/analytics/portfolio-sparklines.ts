/**
 * The portfolio's sparklines: for each row of the page asked for, the company's end-of-day balance
 * over the last N synced days, found backwards from its current balance through the daily flows
 * (the same walk as "went overdrawn"). Only the page's rows are drawn, so a long portfolio costs
 * one small read per account shown, in the one `portfolio` call, or none when the kept flows the
 * figures came from cover the trail.
 */
import type { PortfolioRow } from '../../shared/portfolio';
import type { ReadableDb } from '../db/connection';
import { liveFlows, type AccountFlows } from './account-flows';
import { conversionOn, type Conversion } from './conversion';

export interface ComputedPortfolio {
  readonly rows: readonly PortfolioRow[];
  /** Current balance per account, converted, openings included. */
  readonly balances: ReadonlyMap<string, number>;
  readonly ibans: ReadonlyMap<number, readonly string[]>;
  /** The flows the figures were computed from, and the first day they hold (kept flows start late). */
  readonly flows: AccountFlows;
  readonly flowsFrom: number;
}

/** End-of-day balances of days `lastDay - days + 1 .. lastDay` of the given accounts, summed. */
function balanceTrail(
  flows: AccountFlows,
  conversion: Conversion,
  accounts: readonly { readonly iban: string; readonly current: number }[],
  lastDay: number,
  days: number,
): number[] {
  const firstDay = lastDay - days + 1;
  const trail: number[] = new Array<number>(days).fill(0);
  for (const { iban, current } of accounts) {
    // net[d] is the day's converted net flow; the balance at the end of day d is the current one
    // minus every flow after d.
    const net: number[] = new Array<number>(days).fill(0);
    flows.each(iban, firstDay + 1, lastDay, (day, currency, netCents) => {
      const factor = conversionOn(conversion, day).factor(currency);
      const at = day - firstDay;
      if (factor !== null) net[at] = (net[at] ?? 0) + (netCents / 100) * factor;
    });
    let balance = current;
    for (let index = days - 1; index >= 0; index -= 1) {
      trail[index] = (trail[index] ?? 0) + balance;
      balance -= net[index] ?? 0;
    }
  }
  return trail;
}

export function withSparklines(
  db: ReadableDb,
  conversion: Conversion,
  computed: ComputedPortfolio,
  rows: readonly PortfolioRow[],
  lastDay: number | null,
  days: number,
): readonly PortfolioRow[] {
  if (days === 0 || lastDay === null) return rows;
  // The kept flows (migration 0130) serve the trail when they reach back far enough.
  const flows = lastDay - days + 2 >= computed.flowsFrom ? computed.flows : liveFlows(db);
  return rows.map((row) => {
    const accounts = (computed.ibans.get(row.companyId) ?? []).map((iban) => ({
      iban,
      current: computed.balances.get(iban) ?? 0,
    }));
    return { ...row, spark: balanceTrail(flows, conversion, accounts, lastDay, days) };
  });
}
