/**
 * A company's transactions over a range, paged and sortable, each with its source, status and
 * quarantine reason, its direction seen from the company, and its amount in the reporting currency.
 */
import type { TransactionLine, TransactionsPage } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import {
  companyTransactionPage,
  countCompanyTransactions,
  type TransactionPageQuery,
  type TransactionRow,
} from '../db/queries/transactions';
import { sourceOfCode } from '../db/source-code';
import { requireCompany } from './company-lookup';
import { loadConversion, type Conversion } from './conversion';

export interface TransactionsQuery extends TransactionPageQuery {
  readonly currency: ReportingCurrency;
}

/** One stored record as the company sees it: direction, and its amount in the reporting currency. */
export function transactionLine(
  row: TransactionRow,
  companyId: number,
  conversion: Conversion,
): TransactionLine {
  const factor = conversion.factor(row.currency);
  const outgoing = row.payerCompany === companyId;
  const incoming = row.beneficiaryCompany === companyId;
  return {
    source: sourceOfCode(row.source),
    id: row.extId,
    ts: row.tsText,
    day: isoFromDay(row.day),
    payer: row.payer,
    beneficiary: row.beneficiary,
    direction: outgoing && incoming ? 'own' : outgoing ? 'out' : 'in',
    amount: row.amount,
    currency: row.currency,
    converted: row.amount === null || factor === null ? null : (row.amountCents / 100) * factor,
    status: row.status === 0 ? 'valid' : 'quarantined',
    reason: row.reason,
    detail: row.detail,
  };
}

export function companyTransactions(db: ReadableDb, query: TransactionsQuery): TransactionsPage {
  const company = requireCompany(db, query.companyId);
  const conversion = loadConversion(db, query.currency);
  const transactions: TransactionLine[] = companyTransactionPage(db, query).map((row) =>
    transactionLine(row, company.companyId, conversion),
  );
  return {
    companyId: company.companyId,
    from: isoFromDay(query.fromDay),
    to: isoFromDay(query.toDay),
    currency: query.currency,
    total: countCompanyTransactions(db, query),
    offset: query.offset,
    limit: query.limit,
    transactions,
  };
}
