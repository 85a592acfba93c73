/**
 * The contract methods added for the analyst's wider view: counterparties and transactions of a
 * company, the portfolio, and the data-quality report. Days arrive as day numbers (the schema's work).
 */
import type { Services } from '../../shared/api';
import { topCounterparties } from '../analytics/counterparties';
import { portfolio } from '../analytics/portfolio';
import { qualityReport } from '../analytics/quality';
import { reportingCurrencyOf } from '../analytics/settings';
import { companyTransactions } from '../analytics/transactions';
import type { DatabaseProvider } from './database-provider';

export type InsightHandlers = Pick<
  Services,
  'companyCounterparties' | 'companyTransactions' | 'portfolio' | 'qualityReport'
>;

export function insightHandlers(database: DatabaseProvider): InsightHandlers {
  return {
    companyCounterparties: ({ from, to, currency, ...rest }) => {
      const db = database.read();
      return topCounterparties(db, {
        ...rest,
        fromDay: from,
        toDay: to,
        currency: reportingCurrencyOf(db, currency),
      });
    },
    companyTransactions: ({ from, to, currency, recordCurrency, minAmount, maxAmount, ...rest }) => {
      const db = database.read();
      return companyTransactions(db, {
        ...rest,
        recordCurrency,
        minConverted: minAmount,
        maxConverted: maxAmount,
        fromDay: from,
        toDay: to,
        currency: reportingCurrencyOf(db, currency),
      });
    },
    portfolio: ({ from, to, currency, text, ...rest }) => {
      const db = database.read();
      return portfolio(db, {
        ...rest,
        currency: reportingCurrencyOf(db, currency),
        fromDay: from,
        toDay: to,
        text,
      });
    },
    qualityReport: (argument) => {
      const db = database.read();
      return qualityReport(db, {
        currency: reportingCurrencyOf(db, argument?.currency),
        samples: argument?.samples ?? 5,
        companies: argument?.companies ?? 20,
      });
    },
  };
}
