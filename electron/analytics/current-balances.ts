/**
 * Current balances from the running account totals (no history scan): what search hits and the
 * portfolio show next to each company.
 */
import type { ReadableDb } from '../db/connection';
import { netTotal } from '../db/queries/flows';
import { convertNets, summarizeBalances, type BalanceSummary } from './account-balances';
import type { Conversion } from './conversion';

export function currentSummary(
  db: ReadableDb,
  conversion: Conversion,
  ibans: readonly string[],
  openings: ReadonlyMap<string, number>,
): BalanceSummary {
  const unconverted = new Set<string>();
  return summarizeBalances(
    ibans.map((iban) => (openings.get(iban) ?? 0) + convertNets(netTotal(db, iban), conversion, unconverted)),
  );
}
