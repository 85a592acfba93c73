/**
 * The analytics methods of the contract: each receives the argument with its days already turned
 * into day numbers by the contract's schema, fills what the argument left out from the analyst's
 * settings (reporting currency, interest rates), and calls the one module that owns the rule.
 */
import type { Services } from '../../shared/api';
import { companyBalance } from '../analytics/balance';
import { companyProfile } from '../analytics/company-profile';
import { countriesTransacted } from '../analytics/countries';
import { forecastBalance } from '../analytics/forecast';
import { accruedInterest } from '../analytics/interest';
import { searchCompanies } from '../analytics/search';
import { companySeries } from '../analytics/series';
import { readScalarSettings, reportingCurrencyOf } from '../analytics/settings';
import type { DatabaseProvider } from './database-provider';

export type AnalyticsHandlers = Pick<
  Services,
  | 'searchCompanies'
  | 'companyProfile'
  | 'companySummary'
  | 'companySeries'
  | 'companyCountries'
  | 'companyInterest'
  | 'companyForecast'
>;

export function analyticsHandlers(database: DatabaseProvider): AnalyticsHandlers {
  return {
    searchCompanies: ({ text, limit, currency }) => {
      const db = database.read();
      return searchCompanies(db, { text, limit, currency: reportingCurrencyOf(db, currency) });
    },
    companyProfile: ({ companyId }) => companyProfile(database.read(), companyId),
    companySummary: ({ companyId, at, currency }) => {
      const db = database.read();
      return companyBalance(db, {
        companyId,
        currency: reportingCurrencyOf(db, currency),
        ...(at === undefined ? {} : { day: at }),
      });
    },
    companySeries: ({ companyId, from, to, granularity, currency }) => {
      const db = database.read();
      return companySeries(db, {
        companyId,
        fromDay: from,
        toDay: to,
        granularity,
        currency: reportingCurrencyOf(db, currency),
      });
    },
    companyCountries: ({ companyId, from, to, currency }) => {
      const db = database.read();
      return countriesTransacted(db, {
        companyId,
        fromDay: from,
        toDay: to,
        currency: reportingCurrencyOf(db, currency),
      });
    },
    companyInterest: ({ companyId, from, to, currency, debitRate, creditRate }) => {
      const db = database.read();
      const settings = readScalarSettings(db);
      return accruedInterest(db, {
        companyId,
        fromDay: from,
        toDay: to,
        currency: currency ?? settings.reportingCurrency,
        debitRate: debitRate ?? settings.debitRate,
        creditRate: creditRate ?? settings.creditRate,
      });
    },
    companyForecast: ({ companyId, at, currency }) => {
      const db = database.read();
      return forecastBalance(db, {
        companyId,
        targetDay: at,
        currency: reportingCurrencyOf(db, currency),
      });
    },
  };
}
