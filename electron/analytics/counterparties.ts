/**
 * Top counterparties of a company over a range: per other-side IBAN the converted inflow and outflow
 * of valid transactions, ranked by volume, with its country and, when it is one of our companies'
 * accounts, that company. The company's own accounts are never its counterparties.
 */
import type { CounterpartiesResult, Counterparty } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { countryName } from '../../shared/country-names';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { accountOwner, counterpartyFlows } from '../db/queries/counterparties';
import { requireCompany } from './company-lookup';
import { loadConversion, periodsWithin } from './conversion';
import { clampRange } from './synced-span';

export interface CounterpartiesQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly currency: ReportingCurrency;
  readonly limit: number;
  readonly direction: 'in' | 'out' | 'both';
}

export function topCounterparties(db: ReadableDb, query: CounterpartiesQuery): CounterpartiesResult {
  const company = requireCompany(db, query.companyId);
  const range = clampRange(db, query.fromDay, query.toDay);
  const conversion = loadConversion(db, query.currency);
  const unconverted = new Set<string>();
  const totals = new Map<string, { inflow: number; outflow: number; inCount: number; outCount: number }>();
  const rows = periodsWithin(conversion, range.fromDay, range.toDay).flatMap((period) =>
    counterpartyFlows(db, company.companyId, period.firstDay, period.lastDay).map((row) => ({
      ...row,
      factor: period.conversion.factor(row.currency),
    })),
  );
  for (const row of rows) {
    const factor = row.factor;
    if (factor === null) unconverted.add(row.currency);
    const total = totals.get(row.counterparty) ?? { inflow: 0, outflow: 0, inCount: 0, outCount: 0 };
    total.inflow += factor === null ? 0 : (row.inCents / 100) * factor;
    total.outflow += factor === null ? 0 : (row.outCents / 100) * factor;
    total.inCount += row.inCount;
    total.outCount += row.outCount;
    totals.set(row.counterparty, total);
  }
  const ranked = [...totals.entries()]
    .filter(([, t]) =>
      query.direction === 'in' ? t.inCount > 0 : query.direction === 'out' ? t.outCount > 0 : true,
    )
    .map(([iban, t]) => ({ iban, t, volume: volumeOf(t, query.direction) }))
    .sort((a, b) => b.volume - a.volume || a.iban.localeCompare(b.iban))
    .slice(0, query.limit);
  const counterparties: Counterparty[] = ranked.map(({ iban, t, volume }) => {
    const owner = accountOwner(db, iban);
    const country = iban.slice(0, 2);
    return {
      iban,
      country,
      countryName: countryName(country),
      companyId: owner?.companyId ?? null,
      companyName: owner?.name ?? null,
      direction: t.inCount > 0 && t.outCount > 0 ? 'both' : t.inCount > 0 ? 'in' : 'out',
      inflow: t.inflow,
      outflow: t.outflow,
      volume,
      count: t.inCount + t.outCount,
    };
  });
  return {
    companyId: company.companyId,
    from: isoFromDay(range.fromDay),
    to: isoFromDay(range.toDay),
    currency: query.currency,
    counterparties,
    unconvertedCurrencies: [...unconverted].sort(),
    clampedFrom: range.clampedFrom,
    clampedTo: range.clampedTo,
    span: range.span,
    conversion: conversion.info,
  };
}

/** Volume in the direction asked about: ranking "top payers" by what they paid, not by what they got. */
function volumeOf(t: { inflow: number; outflow: number }, direction: 'in' | 'out' | 'both'): number {
  if (direction === 'in') return t.inflow;
  if (direction === 'out') return t.outflow;
  return t.inflow + t.outflow;
}
