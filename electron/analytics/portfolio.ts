/**
 * The portfolio: every company with its current balance, debt and credit (from the running
 * totals), its net flow over the 30 days ending at the last synced day, and whether any account
 * ended a day of the chosen range overdrawn. Balances inside the range are found backwards from
 * the current balance, so only the flows after the range's start are read, one account at a time.
 */
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import type { PortfolioFilter, PortfolioResult, PortfolioRow, PortfolioSort } from '../../shared/portfolio';
import { AppFailure } from '../../shared/result';
import type { ReadableDb } from '../db/connection';
import { listCompanies } from '../db/queries/companies';
import { dailyFlows } from '../db/queries/flows';
import { allAccountNetsBetween, allAccountTotals, databaseVersion } from '../db/queries/portfolio';
import { appScope } from '../db/queries/scope';
import { openingBalancesIn } from '../db/queries/settings';
import { lastTransactionDay } from '../db/queries/sync-facts';
import { summarizeBalances } from './account-balances';
import { withSparklines, type ComputedPortfolio } from './portfolio-sparklines';
import { conversionOn, loadConversion, type Conversion } from './conversion';
import { clampRange } from './synced-span';

/** The window of the net-flow column. */
export const netFlowDays = 30;

export interface PortfolioQuery {
  readonly currency: ReportingCurrency;
  readonly filter: PortfolioFilter;
  readonly fromDay?: number | undefined;
  readonly toDay?: number | undefined;
  readonly text?: string | undefined;
  readonly sort: PortfolioSort;
  readonly order: 'asc' | 'desc';
  readonly offset: number;
  readonly limit: number;
  readonly sparkDays?: number | undefined;
}

interface AccountFacts {
  readonly current: number;
  readonly netFlow: number;
  readonly minInRange: number;
}

/** Current balance, net flow of the window, and lowest end-of-day balance in `fromDay..toDay`. */
function accountFacts(
  db: ReadableDb,
  conversion: Conversion,
  iban: string,
  current: number,
  lastDay: number,
  fromDay: number,
  toDay: number,
): AccountFacts {
  const windowStart = lastDay - netFlowDays + 1;
  const net = new Map<number, number>();
  for (const row of dailyFlows(db, iban, Math.min(windowStart, fromDay), lastDay)) {
    const factor = conversionOn(conversion, row.day).factor(row.currency);
    if (factor !== null)
      net.set(row.day, (net.get(row.day) ?? 0) + ((row.inCents - row.outCents) / 100) * factor);
  }
  let netFlow = 0;
  for (const [day, value] of net) if (day >= windowStart) netFlow += value;
  // Walk back from today: the balance at the end of day d is the current one minus later flows. It
  // only changes at flow days, so the range's lowest is at `fromDay` or at a flow day inside it.
  let later = 0;
  let minInRange = Infinity;
  for (const day of [...net.keys()].sort((a, b) => b - a)) {
    if (day <= fromDay) break;
    if (day <= toDay) minInRange = Math.min(minInRange, current - later);
    later += net.get(day) ?? 0;
  }
  minInRange = Math.min(minInRange, current - later);
  return { current, netFlow, minInRange };
}

/** One collator for all comparisons: `localeCompare` builds one per call, costly over 10k rows. */
const collator = new Intl.Collator('en');

const compare: Record<PortfolioSort, (a: PortfolioRow, b: PortfolioRow) => number> = {
  companyId: (a, b) => a.companyId - b.companyId,
  name: (a, b) => collator.compare(a.name, b.name),
  balance: (a, b) => a.balance - b.balance,
  debt: (a, b) => a.debt - b.debt,
  credit: (a, b) => a.credit - b.credit,
  netFlow30: (a, b) => a.netFlow30 - b.netFlow30,
};

export function portfolio(db: ReadableDb, query: PortfolioQuery): PortfolioResult {
  const conversion = loadConversion(db, query.currency);
  const openings = openingBalancesIn(db, query.currency);
  const lastDay = lastTransactionDay(db);
  const askedTo = query.toDay ?? lastDay ?? 0;
  const askedFrom = query.fromDay ?? askedTo - netFlowDays + 1;
  if (askedFrom > askedTo) {
    throw new AppFailure(
      'invalid-argument',
      `The range starts (${isoFromDay(askedFrom)}) after it ends (${isoFromDay(askedTo)}).`,
    );
  }
  // "Went overdrawn" looks only at synced days (docs/domain.md "Balances").
  const range = clampRange(db, askedFrom, askedTo);
  const { fromDay, toDay } = range;
  const key = `${query.currency}:${fromDay}:${toDay}:${conversion.info.policy}:${databaseVersion(db)}`;
  let computed = cache.get(db)?.key === key ? cache.get(db) : undefined;
  if (computed === undefined) {
    computed = { key, ...computeRows(db, conversion, openings, lastDay, fromDay, toDay) };
    cache.set(db, computed);
  }
  // With a portfolio scope, companies outside it have partial data and are not listed.
  const scope = appScope(db);
  const all = scope === null ? computed.rows : computed.rows.filter((row) => scope.has(row.companyId));
  const text = query.text?.trim().toLowerCase() ?? '';
  const named = text === '' ? all : all.filter((row) => row.name.toLowerCase().includes(text));
  const filtered = named.filter((row) =>
    query.filter === 'overdrawn-now'
      ? row.overdrawnNow
      : query.filter === 'went-overdrawn'
        ? row.wentOverdrawn
        : true,
  );
  const direction = query.order === 'asc' ? 1 : -1;
  filtered.sort((a, b) => direction * compare[query.sort](a, b) || a.companyId - b.companyId);
  return {
    currency: query.currency,
    asOf: lastDay === null ? null : isoFromDay(lastDay),
    from: lastDay === null ? null : isoFromDay(fromDay),
    to: lastDay === null ? null : isoFromDay(toDay),
    total: filtered.length,
    overdrawnNowCount: all.filter((row) => row.overdrawnNow).length,
    totals: {
      balance: filtered.reduce((sum, row) => sum + row.balance, 0),
      debt: filtered.reduce((sum, row) => sum + row.debt, 0),
      credit: filtered.reduce((sum, row) => sum + row.credit, 0),
    },
    rows: withSparklines(
      db,
      conversion,
      computed,
      filtered.slice(query.offset, query.offset + query.limit),
      lastDay,
      query.sparkDays ?? 0,
    ),
    // The default window is not the analyst's choice: only a range they asked for is reported as cut.
    clampedFrom: query.fromDay === undefined ? null : range.clampedFrom,
    clampedTo: query.toDay === undefined ? null : range.clampedTo,
    span: range.span,
    conversion: conversion.info,
  };
}

/**
 * The computed rows of the last call per connection: the home screen sorts, filters and pages the
 * same figures over and over. Keyed by the database's change counter, so a sync commit or a
 * settings change recomputes them at once.
 */
const cache = new WeakMap<ReadableDb, ComputedPortfolio & { readonly key: string }>();

function computeRows(
  db: ReadableDb,
  conversion: Conversion,
  openings: ReadonlyMap<string, number>,
  lastDay: number | null,
  fromDay: number,
  toDay: number,
): ComputedPortfolio {
  const currents = new Map<string, number>();
  // Rates per date split the history by rate period; otherwise the running totals suffice.
  const parts =
    conversion.periods.length === 1
      ? [{ rows: allAccountTotals(db), rates: conversion }]
      : conversion.periods.map((p) => ({
          rows: allAccountNetsBetween(db, p.firstDay, p.lastDay),
          rates: p.conversion,
        }));
  for (const { rows, rates } of parts) {
    for (const row of rows) {
      const value = rates.convertCents(row.netCents, row.currency);
      if (value !== null) currents.set(row.iban, (currents.get(row.iban) ?? 0) + value);
    }
  }
  const all: PortfolioRow[] = [];
  const balances = new Map<string, number>();
  const ibans = new Map<number, readonly string[]>();
  for (const company of listCompanies(db)) {
    ibans.set(company.companyId, company.ibans);
    const facts = company.ibans.map((iban) => {
      const current = (openings.get(iban) ?? 0) + (currents.get(iban) ?? 0);
      balances.set(iban, current);
      return lastDay === null
        ? { current, netFlow: 0, minInRange: current }
        : accountFacts(db, conversion, iban, current, lastDay, fromDay, toDay);
    });
    const summary = summarizeBalances(facts.map((f) => f.current));
    all.push({
      companyId: company.companyId,
      name: company.name,
      ...summary,
      netFlow30: facts.reduce((sum, f) => sum + f.netFlow, 0),
      overdrawnNow: summary.debt > 0,
      wentOverdrawn: facts.some((f) => f.minInRange < 0),
    });
  }
  return { rows: all, balances, ibans };
}
