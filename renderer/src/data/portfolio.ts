/**
 * The portfolio and data-quality screens' queries. The portfolio keeps its rows on screen while a
 * new sort, filter or page loads (the table never jumps to empty); each row comes with its 90-day
 * sparkline in the same one call.
 */
import type { ReportingCurrency } from '../../../shared/domain';
import type { PortfolioQuery } from '../store/portfolio-store';
import { useContractQuery } from './hooks';

/** Days of each row's sparkline. */
export const sparkDays = 90;

export function usePortfolio(query: PortfolioQuery, currency: ReportingCurrency) {
  const { filter, sort, order, text, limit, range } = query;
  return useContractQuery(
    'portfolio',
    {
      currency,
      filter,
      sort,
      order,
      limit,
      sparkDays,
      ...(text.trim() === '' ? {} : { text: text.trim() }),
      ...(filter === 'went-overdrawn' && range !== null ? range : {}),
    },
    { keepPrevious: () => true },
  );
}

export function useQualityReport(currency: ReportingCurrency) {
  return useContractQuery(
    'qualityReport',
    { currency, samples: 5, companies: 20 },
    { keepPrevious: () => true },
  );
}
