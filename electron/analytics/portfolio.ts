/**
 * The portfolio: every company with its current balance, debt and credit, its net flow over the 30
 * days ending at the last synced day, and whether any account ended a day of the chosen range
 * overdrawn (figures in portfolio-figures.ts), filtered, sorted and paged.
 */
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import type { PortfolioFilter, PortfolioResult, PortfolioRow, PortfolioSort } from '../../shared/portfolio';
import { AppFailure } from '../../shared/result';
import type { ReadableDb } from '../db/connection';
import { databaseVersion } from '../db/queries/portfolio';
import { appScope } from '../db/queries/scope';
import { openingBalancesIn } from '../db/queries/settings';
import { lastTransactionDay } from '../db/queries/sync-facts';
import { computeRows, netFlowDays, type FlowSource } from './portfolio-figures';
import { withSparklines, type ComputedPortfolio } from './portfolio-sparklines';
import { loadConversion } from './conversion';
import { clampRange } from './synced-span';

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

/** One collator for all comparisons: `localeCompare` builds one per call, costly over 10k rows. */
const collator = new Intl.Collator('en');

/**
 * Each company's place in name order, equal names sharing one, found once per computed portfolio:
 * sorting 10k rows with the collator on every call cost tens of milliseconds; ranks compare as numbers.
 */
const nameRanks = new WeakMap<readonly PortfolioRow[], ReadonlyMap<number, number>>();

function nameRanksOf(rows: readonly PortfolioRow[]): ReadonlyMap<number, number> {
  let ranks = nameRanks.get(rows);
  if (ranks === undefined) {
    const byName = [...rows].sort((a, b) => collator.compare(a.name, b.name));
    const found = new Map<number, number>();
    byName.forEach((row, index) => {
      const previous = byName[index - 1];
      const same = previous !== undefined && collator.compare(previous.name, row.name) === 0;
      found.set(row.companyId, same ? (found.get(previous.companyId) ?? index) : index);
    });
    ranks = found;
    nameRanks.set(rows, ranks);
  }
  return ranks;
}

type Compare = (a: PortfolioRow, b: PortfolioRow) => number;

function comparer(sort: PortfolioSort, all: readonly PortfolioRow[]): Compare {
  if (sort !== 'name') return compare[sort];
  const ranks = nameRanksOf(all);
  return (a, b) => (ranks.get(a.companyId) ?? 0) - (ranks.get(b.companyId) ?? 0);
}

const compare: Record<Exclude<PortfolioSort, 'name'>, Compare> = {
  companyId: (a, b) => a.companyId - b.companyId,
  balance: (a, b) => a.balance - b.balance,
  debt: (a, b) => a.debt - b.debt,
  credit: (a, b) => a.credit - b.credit,
  netFlow30: (a, b) => a.netFlow30 - b.netFlow30,
};

/**
 * `source` 'scratch' computes every figure from the daily aggregates, ignoring the kept ones: the
 * reference the tests compare the kept figures with.
 */
export function portfolio(
  db: ReadableDb,
  query: PortfolioQuery,
  source: FlowSource = 'kept',
): PortfolioResult {
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
  const key = `${source}:${query.currency}:${fromDay}:${toDay}:${conversion.info.policy}:${databaseVersion(db)}`;
  let computed = cache.get(db)?.key === key ? cache.get(db) : undefined;
  if (computed === undefined) {
    computed = { key, ...computeRows(db, conversion, openings, lastDay, fromDay, toDay, source) };
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
  const by = comparer(query.sort, all);
  filtered.sort((a, b) => direction * by(a, b) || a.companyId - b.companyId);
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
