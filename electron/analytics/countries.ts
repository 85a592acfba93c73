/**
 * `get_countries_transacted` (docs/domain.md "Countries transacted with"): per counterparty country
 * — the first two letters of the other side's IBAN — the converted inflow and outflow, the number of
 * valid transactions and the share of the range's volume. Transfers between the company's own
 * accounts are not cash flow at company level: they are taken back out of the per-account
 * aggregates (in cents, before conversion, so nothing is left over) and reported apart.
 */
import type { CountriesResult, CountryTotal } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { countryName } from '../../shared/country-names';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { countryFlows } from '../db/queries/flows';
import { ownTransfersByCountry } from '../db/queries/own-transfers';
import { requireCompany } from './company-lookup';
import { loadConversion, periodsWithin, type Conversion } from './conversion';
import { clampRange } from './synced-span';

export interface CountriesQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly currency: ReportingCurrency;
}

interface CentsTotal {
  readonly currency: string;
  readonly rates: Conversion;
  inCents: number;
  outCents: number;
  count: number;
}

export function countriesTransacted(db: ReadableDb, query: CountriesQuery): CountriesResult {
  const company = requireCompany(db, query.companyId);
  const range = clampRange(db, query.fromDay, query.toDay);
  const conversion = loadConversion(db, query.currency);
  // Cents per country, currency and rate period (one period unless rates apply per date).
  const cents = new Map<string, Map<string, CentsTotal>>();
  const at = (country: string, currency: string, rates: Conversion): CentsTotal => {
    const perCurrency = cents.get(country) ?? new Map<string, CentsTotal>();
    cents.set(country, perCurrency);
    const key = `${currency} ${conversion.periods.findIndex((p) => p.conversion === rates)}`;
    const total = perCurrency.get(key) ?? { currency, rates, inCents: 0, outCents: 0, count: 0 };
    perCurrency.set(key, total);
    return total;
  };
  let internalCount = 0;
  let internalVolume = 0;
  for (const period of periodsWithin(conversion, range.fromDay, range.toDay)) {
    const rates = period.conversion;
    for (const iban of company.ibans) {
      for (const row of countryFlows(db, iban, period.firstDay, period.lastDay)) {
        const total = at(row.country, row.currency, rates);
        total.inCents += row.inCents;
        total.outCents += row.outCents;
        total.count += row.inCount + row.outCount;
      }
    }
    for (const own of ownTransfersByCountry(db, company.companyId, period.firstDay, period.lastDay)) {
      // The paying account saw it as an outflow to the receiving account's country, and vice versa.
      const out = at(own.beneficiaryCountry, own.currency, rates);
      out.outCents -= own.cents;
      out.count -= own.count;
      const into = at(own.payerCountry, own.currency, rates);
      into.inCents -= own.cents;
      into.count -= own.count;
      internalCount += own.count;
      internalVolume += rates.convertCents(own.cents, own.currency) ?? 0;
    }
  }
  const totals = new Map<string, { inflow: number; outflow: number; count: number }>();
  for (const [country, perCurrency] of cents) {
    const total = { inflow: 0, outflow: 0, count: 0 };
    for (const c of perCurrency.values()) {
      total.inflow += c.rates.convertCents(c.inCents, c.currency) ?? 0;
      total.outflow += c.rates.convertCents(c.outCents, c.currency) ?? 0;
      total.count += c.count;
    }
    if (total.count > 0) totals.set(country, total);
  }
  let volume = 0;
  for (const total of totals.values()) volume += total.inflow + total.outflow;
  const countries: CountryTotal[] = [...totals.entries()]
    .map(([country, total]) => ({
      country,
      name: countryName(country),
      ...total,
      share: volume > 0 ? (total.inflow + total.outflow) / volume : 0,
    }))
    .sort((a, b) => b.inflow + b.outflow - (a.inflow + a.outflow) || a.country.localeCompare(b.country));
  return {
    companyId: company.companyId,
    from: isoFromDay(range.fromDay),
    to: isoFromDay(range.toDay),
    currency: query.currency,
    countries,
    internalTransfers: { count: internalCount, volume: internalVolume },
    clampedFrom: range.clampedFrom,
    clampedTo: range.clampedTo,
    span: range.span,
    conversion: conversion.info,
  };
}
