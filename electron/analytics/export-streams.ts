/**
 * The long lists an export writes, read a bounded chunk at a time so a million-row file never sits
 * in memory: a company's transactions (optionally with its quarantined records), every quarantined
 * record of the database, and the end-of-day balance of each account of a company.
 */
import type { TransactionLine } from '../../shared/analytics';
import { isoFromDay } from '../../shared/days';
import { quarantineReasons, type ReportingCurrency } from '../../shared/domain';
import type { ReadableDb } from '../db/connection';
import { listCompanies } from '../db/queries/companies';
import { loadOpeningBalances } from '../db/queries/rates';
import { quarantinedCount } from '../db/queries/report-facts';
import { companyTransactionDays, quarantinedRecords } from '../db/queries/transaction-stream';
import { countCompanyTransactions, type TransactionStatusFilter } from '../db/queries/transactions';
import { streamOfCode } from '../db/stream-code';
import { requireCompany } from './company-lookup';
import { loadConversion } from './conversion';
import { summarizeBalances } from './account-balances';
import { loadDailyBalances } from './daily-balances';
import { clampRange } from './synced-span';
import { transactionLine } from './transactions';

/**
 * A list read a chunk per call to `next` (null at the end), whose length is known before it is
 * read so progress can be shown.
 */
export interface Stream<T> {
  readonly total: number;
  readonly next: () => T[] | null;
}

export interface CompanyStreamQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly currency: ReportingCurrency;
  readonly status: TransactionStatusFilter;
}

export function companyTransactionStream(db: ReadableDb, query: CompanyStreamQuery): Stream<TransactionLine> {
  const company = requireCompany(db, query.companyId);
  const conversion = loadConversion(db, query.currency);
  const total = countCompanyTransactions(db, { ...query, sort: 'ts', order: 'asc', offset: 0, limit: 1 });
  const nextDay = companyTransactionDays(db, query);
  return {
    total,
    next: () => nextDay()?.map((row) => transactionLine(row, company.companyId, conversion)) ?? null,
  };
}

export interface QuarantinedLine {
  readonly source: 'sepa' | 'swift';
  readonly id: string;
  readonly ts: string;
  readonly day: string | null;
  readonly payer: string;
  readonly beneficiary: string;
  readonly amount: number | null;
  readonly currency: string;
  readonly reason: string | null;
  readonly detail: string | null;
  /** The companies the record would have touched, when its accounts are known. */
  readonly companies: readonly { readonly companyId: number; readonly name: string }[];
}

/** Every quarantined record of the database, grouped by reason and source. */
export function quarantinedStream(db: ReadableDb): Stream<QuarantinedLine> {
  const names = new Map(listCompanies(db).map((company) => [company.companyId, company.name] as const));
  const companyOf = (id: number | null) => {
    const name = id === null ? undefined : names.get(id);
    return id === null || name === undefined ? [] : [{ companyId: id, name }];
  };
  const nextRows = quarantinedRecords(db, quarantineReasons, [0, 1]);
  const next = (): QuarantinedLine[] | null =>
    nextRows()?.map((row) => ({
      source: streamOfCode(row.source),
      id: row.extId,
      ts: row.tsText,
      // A record whose time could not be read has no day.
      day: typeof row.day === 'number' ? isoFromDay(row.day) : null,
      payer: row.payer,
      beneficiary: row.beneficiary,
      amount: row.amount,
      currency: row.currency,
      reason: row.reason,
      detail: row.detail,
      companies:
        row.beneficiaryCompany === row.payerCompany
          ? companyOf(row.payerCompany)
          : [...companyOf(row.payerCompany), ...companyOf(row.beneficiaryCompany)],
    })) ?? null;
  return { total: quarantinedCount(db), next };
}

export interface DailyAccountRow {
  readonly day: string;
  /** End-of-day balance of each account, in the order of `ibans`. */
  readonly accounts: readonly number[];
  readonly balance: number;
  readonly debt: number;
  readonly credit: number;
  readonly inflow: number;
  readonly outflow: number;
}

/** End-of-day balances of each account of a company and of the company, day by day. */
export function dailyAccountBalances(
  db: ReadableDb,
  query: Omit<CompanyStreamQuery, 'status'>,
): { readonly ibans: readonly string[]; readonly rows: Stream<DailyAccountRow> } {
  const company = requireCompany(db, query.companyId);
  const conversion = loadConversion(db, query.currency);
  const openings = loadOpeningBalances(db, query.currency, company.ibans);
  // Only synced days have balances (docs/domain.md "Balances"): none is carried past the data.
  const { fromDay, toDay } = clampRange(db, query.fromDay, query.toDay);
  const daily = loadDailyBalances(db, conversion, company, openings, fromDay, toDay);
  const days = toDay - fromDay + 1;
  let start = 0;
  const next = (): DailyAccountRow[] | null => {
    if (start >= days) return null;
    const rows: DailyAccountRow[] = [];
    for (let index = start; index < Math.min(days, start + 1000); index += 1) {
      const accounts = daily.accounts.map((account) => account.endOfDay[index] ?? 0);
      rows.push({
        day: isoFromDay(fromDay + index),
        accounts,
        ...summarizeBalances(accounts),
        inflow: daily.inflow[index] ?? 0,
        outflow: daily.outflow[index] ?? 0,
      });
    }
    start += 1000;
    return rows;
  };
  return { ibans: company.ibans, rows: { total: days, next } };
}
