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
import { streamOfCode } from '../db/stream-code';
import { requireCompany } from './company-lookup';
import { conversionOn, loadConversion, type Conversion } from './conversion';
import { clampRange } from './synced-span';

export interface TransactionsQuery extends TransactionPageQuery {
  readonly currency: ReportingCurrency;
}

/** One stored record as the company sees it: direction, and its amount in the reporting currency. */
export function transactionLine(
  row: TransactionRow,
  companyId: number,
  conversion: Conversion,
): TransactionLine {
  // Under the per-date rate policy each record converts at the rates in force on its day.
  const factor = conversionOn(conversion, row.day).factor(row.currency);
  const outgoing = row.payerCompany === companyId;
  const incoming = row.beneficiaryCompany === companyId;
  return {
    source: streamOfCode(row.source),
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
    ...(row.possibleDuplicate === undefined ? {} : { possibleDuplicate: row.possibleDuplicate === 1 }),
    reason: row.reason,
    detail: row.detail,
    ...(row.raw === undefined ? {} : { raw: row.raw }),
  };
}

export function companyTransactions(db: ReadableDb, query: TransactionsQuery): TransactionsPage {
  const company = requireCompany(db, query.companyId);
  const range = clampRange(db, query.fromDay, query.toDay);
  const conversion = loadConversion(db, query.currency);
  const factors = new Map<string, number>();
  for (const rate of conversion.info.rates) factors.set(rate.currency, rate.factor);
  const page = { ...query, fromDay: range.fromDay, toDay: range.toDay, factors };
  const transactions: TransactionLine[] = companyTransactionPage(db, page).map((row) =>
    transactionLine(row, company.companyId, conversion),
  );
  return {
    companyId: company.companyId,
    from: isoFromDay(range.fromDay),
    to: isoFromDay(range.toDay),
    currency: query.currency,
    total: countCompanyTransactions(db, page),
    offset: query.offset,
    limit: query.limit,
    transactions,
    clampedFrom: range.clampedFrom,
    clampedTo: range.clampedTo,
    span: range.span,
    conversion: conversion.info,
  };
}
