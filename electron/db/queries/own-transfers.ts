/**
 * Valid transfers between two accounts of the same company (docs/domain.md "Balances"): company-level
 * flows leave them out, so analytics subtract these from the per-account aggregates. One range scan
 * of their partial index (migration 0160: the query repeats its condition so that SQLite may use
 * it); the rows (few per company) are summed here rather than grouped in SQLite, which would need a
 * temporary B-tree.
 */
import type { ReadableDb } from '../connection';

export interface OwnTransferDayRow {
  readonly day: number;
  readonly currency: string;
  cents: number;
  count: number;
}

export interface OwnTransferCountryRow {
  readonly payerCountry: string;
  readonly beneficiaryCountry: string;
  readonly currency: string;
  cents: number;
  count: number;
}

interface OwnTransferRow {
  readonly day: number;
  readonly payer: string;
  readonly beneficiary: string;
  readonly currency: string;
  readonly cents: number;
}

function ownTransfers(db: ReadableDb, companyId: number, fromDay: number, toDay: number): OwnTransferRow[] {
  return db
    .prepare(
      `SELECT day, payer, beneficiary, currency, amount_cents AS cents FROM txn
       WHERE payer_company = @company AND day BETWEEN @from AND @to AND status = 0
         AND beneficiary_company = @company AND payer_company = beneficiary_company`,
    )
    .all({ company: companyId, from: fromDay, to: toDay }) as OwnTransferRow[];
}

function sum<R extends { cents: number; count: number }>(
  rows: readonly OwnTransferRow[],
  key: (row: OwnTransferRow) => string,
  make: (row: OwnTransferRow) => R,
): R[] {
  const totals = new Map<string, R>();
  for (const row of rows) {
    const k = key(row);
    const total = totals.get(k);
    if (total === undefined) totals.set(k, { ...make(row), cents: row.cents, count: 1 });
    else {
      total.cents += row.cents;
      total.count += 1;
    }
  }
  return [...totals.values()];
}

/** Own transfers per day and currency, in cents, over an inclusive range. */
export function ownTransfersByDay(
  db: ReadableDb,
  companyId: number,
  fromDay: number,
  toDay: number,
): OwnTransferDayRow[] {
  return sum(
    ownTransfers(db, companyId, fromDay, toDay),
    (row) => `${row.day}:${row.currency}`,
    (row) => ({ day: row.day, currency: row.currency, cents: 0, count: 0 }),
  );
}

/** Own transfers per (paying account's country, receiving account's country, currency). */
export function ownTransfersByCountry(
  db: ReadableDb,
  companyId: number,
  fromDay: number,
  toDay: number,
): OwnTransferCountryRow[] {
  return sum(
    ownTransfers(db, companyId, fromDay, toDay),
    (row) => `${row.payer.slice(0, 2)}:${row.beneficiary.slice(0, 2)}:${row.currency}`,
    (row) => ({
      payerCountry: row.payer.slice(0, 2),
      beneficiaryCountry: row.beneficiary.slice(0, 2),
      currency: row.currency,
      cents: 0,
      count: 0,
    }),
  );
}
