/**
 * Balances (docs/domain.md "Balances"): an account's balance at the end of day D is its opening balance
 * plus inflows minus outflows of valid transactions up to and including D, converted into the
 * reporting currency. Company balance, debt and credit are sums over its accounts.
 */
import type { CurrencyNet } from '../db/queries/flows';
import type { Conversion } from './conversion';

export interface AccountBalance {
  readonly iban: string;
  readonly balance: number;
}

export interface BalanceSummary {
  readonly balance: number;
  /** Σ max(0, −account balance): what the overdrawn accounts owe. */
  readonly debt: number;
  /** Σ max(0, account balance): what the accounts in credit hold. */
  readonly credit: number;
}

/** Converts per-currency nets into one balance, noting currencies that have no rate. */
export function convertNets(
  nets: readonly CurrencyNet[],
  conversion: Conversion,
  unconverted: Set<string>,
): number {
  let total = 0;
  for (const { currency, netCents } of nets) {
    const value = conversion.convertCents(netCents, currency);
    if (value === null) unconverted.add(currency);
    else total += value;
  }
  return total;
}

export function summarizeBalances(balances: readonly number[]): BalanceSummary {
  let balance = 0;
  let debt = 0;
  let credit = 0;
  for (const value of balances) {
    balance += value;
    if (value < 0) debt -= value;
    else credit += value;
  }
  return { balance, debt, credit };
}
