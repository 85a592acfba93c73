/**
 * The analytics methods of the contract: each converts the validated argument's days once, at this
 * edge, and calls the one module that owns the rule.
 */
import { dayFromIso } from '../../shared/days';
import type { Services } from '../../shared/api';
import { AppFailure } from '../../shared/result';
import { companyBalance } from '../analytics/balance';
import { countriesTransacted } from '../analytics/countries';
import { forecastBalance } from '../analytics/forecast';
import { accruedInterest, defaultCreditRate, defaultDebitRate } from '../analytics/interest';
import { searchCompanies } from '../analytics/search';
import { companySeries } from '../analytics/series';
import type { DatabaseProvider } from './database-provider';

/** Days arrive validated by the contract's schema; this only narrows the type. */
function day(text: string): number {
  const value = dayFromIso(text);
  if (value === null) throw new AppFailure('invalid-argument', `'${text}' is not a calendar day.`);
  return value;
}

export type AnalyticsHandlers = Pick<
  Services,
  'searchCompanies' | 'companySummary' | 'companySeries' | 'companyCountries' | 'companyInterest' | 'companyForecast'
>;

export function analyticsHandlers(database: DatabaseProvider): AnalyticsHandlers {
  return {
    searchCompanies: ({ text, limit, currency }) => searchCompanies(database.read(), { text, limit, currency }),
    companySummary: ({ companyId, at, currency }) =>
      companyBalance(database.read(), { companyId, currency, ...(at === undefined ? {} : { day: day(at) }) }),
    companySeries: ({ companyId, from, to, granularity, currency }) =>
      companySeries(database.read(), { companyId, fromDay: day(from), toDay: day(to), granularity, currency }),
    companyCountries: ({ companyId, from, to, currency }) =>
      countriesTransacted(database.read(), { companyId, fromDay: day(from), toDay: day(to), currency }),
    companyInterest: ({ companyId, from, to, currency, debitRate, creditRate }) =>
      accruedInterest(database.read(), {
        companyId,
        fromDay: day(from),
        toDay: day(to),
        currency,
        debitRate: debitRate ?? defaultDebitRate,
        creditRate: creditRate ?? defaultCreditRate,
      }),
    companyForecast: ({ companyId, at, currency }) =>
      forecastBalance(database.read(), { companyId, targetDay: day(at), currency }),
  };
}
