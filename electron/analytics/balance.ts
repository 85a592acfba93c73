/**
 * `get_account_balance`: a company's balance, debt, credit and account balances at the end of a day.
 * The day is cut to the synced span (docs/domain.md "Balances"): asked for a day after the last
 * synced one, it answers for the last synced day and says so in `clampedTo`.
 */
import type { CompanyBalance } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { flowSpan, netAfter, netBefore, netBetween, netTotal, type CurrencyNet } from '../db/queries/flows';
import { loadOpeningBalances } from '../db/queries/rates';
import { latestSyncStartMs } from '../db/queries/sync-facts';
import { dayOfEpochMs } from '../../shared/days';
import { convertNets, summarizeBalances } from './account-balances';
import { requireCompany } from './company-lookup';
import { earliestDay, loadConversion, periodsWithin, type Conversion } from './conversion';
import { syncedSpan, clampToSpan } from './synced-span';

export interface BalanceQuery {
  readonly companyId: number;
  /** Integer day; defaults to the last day of the synced data. */
  readonly day?: number;
  readonly currency: ReportingCurrency;
}

/**
 * Net cents per currency of an account up to the end of `day`. Near the end of the history (the
 * usual question: "now") the running total minus the few days after is cheaper than summing every
 * day before, so the shorter side is read.
 */
function netUpTo(
  db: ReadableDb,
  iban: string,
  day: number,
  span: { first: number; last: number } | null,
): CurrencyNet[] {
  if (span === null || day >= span.last) return span === null ? [] : netTotal(db, iban);
  if (day < span.first) return [];
  if (span.last - day >= day - span.first) return netBefore(db, iban, day + 1);
  const totals = new Map(netTotal(db, iban).map((net) => [net.currency, net.netCents] as const));
  for (const later of netAfter(db, iban, day))
    totals.set(later.currency, (totals.get(later.currency) ?? 0) - later.netCents);
  return [...totals].map(([currency, netCents]) => ({ currency, netCents }));
}

/** Rates per date: each rate period's flows up to `day`, converted with that period's rates. */
function perPeriod(
  db: ReadableDb,
  iban: string,
  day: number,
  conversion: Conversion,
  unconverted: Set<string>,
): number {
  let total = 0;
  for (const period of periodsWithin(conversion, earliestDay, day))
    total += convertNets(
      netBetween(db, iban, period.firstDay, period.lastDay),
      period.conversion,
      unconverted,
    );
  return total;
}

export function companyBalance(db: ReadableDb, query: BalanceQuery): CompanyBalance {
  const company = requireCompany(db, query.companyId);
  const span = syncedSpan(db);
  const asked = query.day ?? span?.last ?? 0;
  // A day after the data is answered with the latest balance known, and says so; a day before
  // the data has no balance to give (clampToSpan refuses it).
  const range = clampToSpan(span, Math.min(asked, span?.last ?? asked), asked);
  const day = range.toDay;
  const conversion = loadConversion(db, query.currency);
  const openings = loadOpeningBalances(db, query.currency, company.ibans);
  const unconverted = new Set<string>();
  const spans = company.ibans.map((iban) => flowSpan(db, iban));
  const accounts = company.ibans.map((iban, index) => ({
    iban,
    balance:
      (openings.get(iban) ?? 0) +
      (conversion.periods.length === 1
        ? convertNets(netUpTo(db, iban, day, spans[index] ?? null), conversion, unconverted)
        : perPeriod(db, iban, day, conversion, unconverted)),
  }));
  let lastDay: number | null = null;
  for (const span of spans)
    if (span !== null && (lastDay === null || span.last > lastDay)) lastDay = span.last;
  const summary = summarizeBalances(accounts.map((account) => account.balance));
  // The reported balance is in EUR (the exposer's figure); compare only in that currency.
  const reported = query.currency === 'EUR' ? company.reportedBalance : null;
  return {
    companyId: company.companyId,
    name: company.name,
    at: isoFromDay(day),
    currency: query.currency,
    ...summary,
    accounts,
    reportedBalance: company.reportedBalance,
    reportedAsOf: company.reportedBalance === null ? null : syncDay(db),
    reportedDifference: reported === null ? null : summary.balance - reported,
    lastTransactionDay: lastDay === null ? null : isoFromDay(lastDay),
    unconvertedCurrencies: [...unconverted].sort(),
    clampedFrom: null,
    clampedTo: range.clampedTo,
    span: range.span,
    conversion: conversion.info,
  };
}

function syncDay(db: ReadableDb): string | null {
  const ms = latestSyncStartMs(db);
  return ms === null ? null : isoFromDay(dayOfEpochMs(ms));
}
