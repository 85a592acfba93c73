/**
 * Reading many transactions for an export, a bounded chunk at a time. A company's records are read
 * one day per query, sorted by time within the day, so the sort never holds more than a day's
 * records. Quarantined records of the whole database are read through the partial quarantine
 * index, keyset-paged.
 */
import type { QuarantineReason } from '../../../shared/domain';
import type { ReadableDb } from '../connection';
import { amountSql, tsTextSql } from '../txn-columns';
import type { TransactionRow, TransactionStatusFilter } from './transactions';

const columns = `t.source, t.ext_id AS extId, ${tsTextSql('t')} AS tsText, t.day, t.payer, t.beneficiary,
  t.payer_company AS payerCompany, t.beneficiary_company AS beneficiaryCompany, ${amountSql('t')} AS amount,
  t.amount_cents AS amountCents, t.currency, t.status, t.reason, t.detail`;

const statusClause: Record<TransactionStatusFilter, string> = {
  all: '',
  valid: 'AND t.status = 0',
  quarantined: 'AND t.status <> 0',
};

export interface CompanyStreamQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly status: TransactionStatusFilter;
}

/**
 * A company's transactions over an inclusive range, in time order, up to `chunk` records a call
 * (null at the end). Small chunks keep each one short-lived, so the garbage collector reclaims it
 * young instead of promoting it, which is what keeps a million-row export's heap flat. Between
 * calls a day's statement may stay open: the caller gives it a connection of its own.
 */
export function companyTransactionDays(
  db: ReadableDb,
  query: CompanyStreamQuery,
  chunk = 256,
): () => TransactionRow[] | null {
  // A transfer between two accounts of the company is in both indexes; UNION keeps it once.
  const statement = db.prepare(
    `SELECT ${columns} FROM txn t WHERE t.txn_id IN (
       SELECT txn_id FROM txn WHERE payer_company = @company AND day = @day
       UNION SELECT txn_id FROM txn WHERE beneficiary_company = @company AND day = @day
     ) ${statusClause[query.status]} ORDER BY t.ts_ms, t.txn_id`,
  );
  let day = query.fromDay;
  let open: Iterator<unknown> | null = null;
  return () => {
    const rows: TransactionRow[] = [];
    while (rows.length < chunk) {
      if (open === null) {
        if (day > query.toDay) break;
        open = statement.iterate({ company: query.companyId, day });
        day += 1;
      }
      const step = open.next();
      if (step.done === true) open = null;
      else rows.push(step.value as TransactionRow);
    }
    return rows.length === 0 ? null : rows;
  };
}

export interface QuarantinedRow extends TransactionRow {
  readonly txnId: number;
  readonly raw: string | null;
}

/** Every quarantined record, reason by reason and source by source, up to `chunk` records a call. */
export function quarantinedRecords(
  db: ReadableDb,
  reasons: readonly QuarantineReason[],
  sources: readonly number[],
  chunk = 5000,
): () => QuarantinedRow[] | null {
  const statement = db.prepare(
    `SELECT t.txn_id AS txnId, ${columns}, t.raw FROM txn t
     WHERE t.status <> 0 AND t.reason = ? AND t.source = ? AND t.txn_id > ? ORDER BY t.txn_id LIMIT ?`,
  );
  const groups = reasons.flatMap((reason) => sources.map((source) => [reason, source] as const));
  let group = 0;
  let after = 0;
  return () => {
    while (group < groups.length) {
      const [reason, source] = groups[group] ?? ['malformed', 0];
      const rows = statement.all(reason, source, after, chunk) as QuarantinedRow[];
      if (rows.length < chunk) {
        group += 1;
        after = 0;
      } else after = rows[rows.length - 1]?.txnId ?? Number.MAX_SAFE_INTEGER;
      if (rows.length > 0) return rows;
    }
    return null;
  };
}
