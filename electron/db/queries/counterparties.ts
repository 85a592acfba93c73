/**
 * Valid transactions of a company over a day range, summed per counterparty IBAN and currency.
 * Both branches are range scans of the per-company indexes. Transfers between the company's own
 * accounts are left out: at company level they are not cash flow (docs/domain.md "Balances").
 */
import type { ReadableDb } from '../connection';

export interface CounterpartyFlowRow {
  readonly counterparty: string;
  readonly currency: string;
  readonly inCents: number;
  readonly outCents: number;
  readonly inCount: number;
  readonly outCount: number;
}

export function counterpartyFlows(
  db: ReadableDb,
  companyId: number,
  fromDay: number,
  toDay: number,
): CounterpartyFlowRow[] {
  return db
    .prepare(
      `SELECT counterparty, currency, SUM(in_cents) AS inCents, SUM(out_cents) AS outCents,
         SUM(in_count) AS inCount, SUM(out_count) AS outCount
       FROM (
         SELECT payer AS counterparty, currency, amount_cents AS in_cents, 0 AS out_cents, 1 AS in_count, 0 AS out_count
         FROM txn WHERE beneficiary_company = @company AND day BETWEEN @from AND @to AND status = 0
           AND payer_company IS NOT @company
         UNION ALL
         SELECT beneficiary, currency, 0, amount_cents, 0, 1
         FROM txn WHERE payer_company = @company AND day BETWEEN @from AND @to AND status = 0
           AND beneficiary_company IS NOT @company
       ) GROUP BY counterparty, currency`,
    )
    .all({ company: companyId, from: fromDay, to: toDay }) as CounterpartyFlowRow[];
}

export interface AccountOwner {
  readonly companyId: number;
  readonly name: string;
}

/** The company owning an IBAN, when it is one of ours. */
export function accountOwner(db: ReadableDb, iban: string): AccountOwner | null {
  const row = db
    .prepare(
      `SELECT a.company_id AS companyId, c.name FROM account a JOIN company c ON c.company_id = a.company_id
       WHERE a.iban = ?`,
    )
    .get(iban) as AccountOwner | undefined;
  return row ?? null;
}
