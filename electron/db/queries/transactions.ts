/**
 * A page of one company's stored transactions over a day range, valid and quarantined: the ids come
 * from the two per-company indexes (a transfer between own accounts is in both, counted once), then
 * are filtered by status, sorted and paged. Sort and order come from fixed lists, never from text.
 */
import type { ReadableDb } from '../connection';

export type TransactionStatusFilter = 'all' | 'valid' | 'quarantined';
export type TransactionSort = 'ts' | 'amount';

export interface TransactionRow {
  readonly source: number;
  readonly extId: string;
  readonly tsText: string;
  readonly day: number;
  readonly payer: string;
  readonly beneficiary: string;
  readonly payerCompany: number | null;
  readonly beneficiaryCompany: number | null;
  readonly amount: number | null;
  readonly amountCents: number;
  readonly currency: string;
  readonly status: number;
  readonly reason: 'batch-payment' | 'invalid-iban' | 'invalid-currency' | 'malformed' | null;
  readonly detail: string | null;
}

const companyIds = `SELECT txn_id FROM txn WHERE payer_company = @company AND day BETWEEN @from AND @to
  UNION SELECT txn_id FROM txn WHERE beneficiary_company = @company AND day BETWEEN @from AND @to`;

const statusClause: Record<TransactionStatusFilter, string> = {
  all: '',
  valid: 'AND t.status = 0',
  quarantined: 'AND t.status <> 0',
};

const orderClause: Record<TransactionSort, Record<'asc' | 'desc', string>> = {
  ts: { asc: 't.ts_ms ASC, t.txn_id ASC', desc: 't.ts_ms DESC, t.txn_id DESC' },
  amount: { asc: 't.amount_cents ASC, t.txn_id ASC', desc: 't.amount_cents DESC, t.txn_id DESC' },
};

export interface TransactionPageQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly status: TransactionStatusFilter;
  readonly sort: TransactionSort;
  readonly order: 'asc' | 'desc';
  readonly offset: number;
  readonly limit: number;
}

export function countCompanyTransactions(db: ReadableDb, query: TransactionPageQuery): number {
  return db
    .prepare(`SELECT count(*) FROM txn t WHERE t.txn_id IN (${companyIds}) ${statusClause[query.status]}`)
    .pluck()
    .get({ company: query.companyId, from: query.fromDay, to: query.toDay }) as number;
}

export function companyTransactionPage(db: ReadableDb, query: TransactionPageQuery): TransactionRow[] {
  return db
    .prepare(
      `SELECT t.source, t.ext_id AS extId, t.ts_text AS tsText, t.day, t.payer, t.beneficiary,
         t.payer_company AS payerCompany, t.beneficiary_company AS beneficiaryCompany, t.amount,
         t.amount_cents AS amountCents, t.currency, t.status, t.reason, t.detail
       FROM txn t WHERE t.txn_id IN (${companyIds}) ${statusClause[query.status]}
       ORDER BY ${orderClause[query.sort][query.order]} LIMIT @limit OFFSET @offset`,
    )
    .all({
      company: query.companyId,
      from: query.fromDay,
      to: query.toDay,
      limit: query.limit,
      offset: query.offset,
    }) as TransactionRow[];
}
