/**
 * The company view's queries, one per figure, each keyed by its own argument: the overview per
 * company and currency, the range figures per company, range, interval and currency. While a new
 * range or currency loads, the previous answer of the same company stays on screen; another
 * company's figures never do.
 */
import type { ReportingCurrency } from '../../../shared/domain';
import type { Granularity } from '../../../shared/intervals';
import { addDays } from '../filter/range';
import { skipToken, useContractQuery } from './hooks';

/** How far ahead the forecast card looks from the last synced day. */
export const forecastHorizonDays = 30;
export const counterpartyLimit = 12;

/** Everything a range figure depends on. */
export interface CompanyScope {
  readonly companyId: number;
  readonly from: string;
  readonly to: string;
  readonly interval: Granularity;
  readonly currency: ReportingCurrency;
}

export function sameCompany(companyId: number) {
  return (previous: { readonly companyId: number } | undefined) => previous?.companyId === companyId;
}

export function useCompanyProfile(companyId: number) {
  return useContractQuery('companyProfile', { companyId });
}

export function useCompanySummary(companyId: number, currency: ReportingCurrency) {
  return useContractQuery(
    'companySummary',
    { companyId, currency },
    { keepPrevious: sameCompany(companyId) },
  );
}

/** Forecast 30 days after the last synced day, once the summary says which day that is. */
export function useCompanyForecast(companyId: number, currency: ReportingCurrency, lastDay: string | null) {
  return useContractQuery(
    'companyForecast',
    lastDay === null ? skipToken : { companyId, currency, at: addDays(lastDay, forecastHorizonDays) },
    { keepPrevious: sameCompany(companyId) },
  );
}

function days({ companyId, from, to, currency }: CompanyScope) {
  return { companyId, from, to, currency };
}

export function useRangeSummary(scope: CompanyScope) {
  const { companyId, currency, to } = scope;
  return useContractQuery(
    'companySummary',
    { companyId, currency, at: to },
    { keepPrevious: sameCompany(companyId) },
  );
}

export function useCompanySeries(scope: CompanyScope) {
  return useContractQuery(
    'companySeries',
    { ...days(scope), granularity: scope.interval },
    { keepPrevious: sameCompany(scope.companyId) },
  );
}

export function useCompanyCountries(scope: CompanyScope) {
  return useContractQuery('companyCountries', days(scope), { keepPrevious: sameCompany(scope.companyId) });
}

export function useCompanyInterest(scope: CompanyScope) {
  return useContractQuery('companyInterest', days(scope), { keepPrevious: sameCompany(scope.companyId) });
}

export function useCompanyCounterparties(scope: CompanyScope) {
  return useContractQuery(
    'companyCounterparties',
    { ...days(scope), limit: counterpartyLimit },
    { keepPrevious: sameCompany(scope.companyId) },
  );
}
