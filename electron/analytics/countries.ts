/**
 * `get_countries_transacted` (domain.md "Countries transacted with"): per counterparty country —
 * the first two letters of the other side's IBAN — the converted inflow and outflow, the number of
 * valid transactions and the share of the range's volume. Own-account transfers count with the
 * other own account's country.
 */
import type { CountriesResult, CountryTotal } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { countryName } from '../../shared/country-names';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { countryFlows } from '../db/queries/flows';
import { requireCompany } from './company-lookup';
import { loadConversion } from './conversion';

export interface CountriesQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly currency: ReportingCurrency;
}

export function countriesTransacted(db: ReadableDb, query: CountriesQuery): CountriesResult {
  const company = requireCompany(db, query.companyId);
  const conversion = loadConversion(db, query.currency);
  const totals = new Map<string, { inflow: number; outflow: number; count: number }>();
  for (const iban of company.ibans) {
    for (const row of countryFlows(db, iban, query.fromDay, query.toDay)) {
      const total = totals.get(row.country) ?? { inflow: 0, outflow: 0, count: 0 };
      total.inflow += conversion.convertCents(row.inCents, row.currency) ?? 0;
      total.outflow += conversion.convertCents(row.outCents, row.currency) ?? 0;
      total.count += row.inCount + row.outCount;
      totals.set(row.country, total);
    }
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
    from: isoFromDay(query.fromDay),
    to: isoFromDay(query.toDay),
    currency: query.currency,
    countries,
  };
}
