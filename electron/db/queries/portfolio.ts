/** Reads for the portfolio: the running totals of every company account in one pass. */
import type { ReadableDb } from '../connection';

export interface AccountTotalRow {
  readonly iban: string;
  readonly currency: string;
  readonly netCents: number;
}

export function allAccountTotals(db: ReadableDb): AccountTotalRow[] {
  return db
    .prepare('SELECT iban, currency, in_cents - out_cents AS netCents FROM account_total')
    .all() as AccountTotalRow[];
}
