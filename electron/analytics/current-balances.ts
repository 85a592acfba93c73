/**
 * Current balances from the running account totals (no history scan): what search hits and the
 * portfolio show next to each company.
 */
import type { ReadableDb } from '../db/connection';
import { netBetween, netTotal } from '../db/queries/flows';
import { convertNets, summarizeBalances, type BalanceSummary } from './account-balances';
import type { Conversion } from './conversion';

export function currentSummary(
  db: ReadableDb,
  conversion: Conversion,
  ibans: readonly string[],
  openings: ReadonlyMap<string, number>,
): BalanceSummary {
  const unconverted = new Set<string>();
  // Rates per date split the history by rate period; otherwise the running totals suffice.
  const net = (iban: string): number =>
    conversion.periods.length === 1
      ? convertNets(netTotal(db, iban), conversion, unconverted)
      : conversion.periods.reduce(
          (sum, p) =>
            sum + convertNets(netBetween(db, iban, p.firstDay, p.lastDay), p.conversion, unconverted),
          0,
        );
  return summarizeBalances(ibans.map((iban) => (openings.get(iban) ?? 0) + net(iban)));
}
