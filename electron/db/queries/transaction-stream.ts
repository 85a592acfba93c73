/**
 * Reading many transactions for an export, a bounded chunk at a time. A company's records are read
 * one day per query, sorted by time within the day: the sort never holds more than a day's records,
 * and the connection is free between chunks, so the app's other queries run while an export waits
 * for the disk (better-sqlite3 refuses other statements while an iterator is open). Quarantined
 * records of the whole database are read through the partial quarantine index, keyset-paged.
 */
import type { QuarantineReason } from '../../../shared/domain';
import type { ReadableDb } from '../connection';
import type { TransactionRow, TransactionStatusFilter } from './transactions';

const columns = `t.source, t.ext_id AS extId, t.ts_text AS tsText, t.day, t.payer, t.beneficiary,
  t.payer_company AS payerCompany, t.beneficiary_company AS beneficiaryCompany, t.amount,
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

/** A company's transactions over an inclusive range, in time order, one day's records per chunk. */
export function* companyTransactionDays(
  db: ReadableDb,
  query: CompanyStreamQuery,
): Generator<TransactionRow[]> {
  // A transfer between two accounts of the company is in both indexes; UNION keeps it once.
  const statement = db.prepare(
    `SELECT ${columns} FROM txn t WHERE t.txn_id IN (
       SELECT txn_id FROM txn WHERE payer_company = @company AND day = @day
       UNION SELECT txn_id FROM txn WHERE beneficiary_company = @company AND day = @day
     ) ${statusClause[query.status]} ORDER BY t.ts_ms, t.txn_id`,
  );
  for (let day = query.fromDay; day <= query.toDay; day += 1) {
    const rows = statement.all({ company: query.companyId, day }) as TransactionRow[];
    if (rows.length > 0) yield rows;
  }
}

export interface QuarantinedRow extends TransactionRow {
  readonly txnId: number;
  readonly raw: string | null;
}

/** Every quarantined record, reason by reason and source by source, `chunk` records at a time. */
export function* quarantinedRecords(
  db: ReadableDb,
  reasons: readonly QuarantineReason[],
  sources: readonly number[],
  chunk = 5000,
): Generator<QuarantinedRow[]> {
  const statement = db.prepare(
    `SELECT t.txn_id AS txnId, ${columns}, t.raw FROM txn t
     WHERE t.status <> 0 AND t.reason = ? AND t.source = ? AND t.txn_id > ? ORDER BY t.txn_id LIMIT ?`,
  );
  for (const reason of reasons) {
    for (const source of sources) {
      let after = 0;
      for (;;) {
        const rows = statement.all(reason, source, after, chunk) as QuarantinedRow[];
        if (rows.length === 0) break;
        yield rows;
        after = rows[rows.length - 1]?.txnId ?? Number.MAX_SAFE_INTEGER;
        if (rows.length < chunk) break;
      }
    }
  }
}
