/**
 * Everything the company report pack shows, gathered through the contract's services (the same
 * figures as the app and the CLI) plus the facts only a report states: provenance, the rate snapshot
 * and the company's quarantined records.
 */
import type {
  CompanyBalance,
  CounterpartiesResult,
  CountriesResult,
  ForecastResult,
  InterestResult,
  SeriesResult,
  TransactionLine,
} from '../../../shared/analytics';
import { dayFromIso, isoFromDay } from '../../../shared/days';
import { bucketCount, granularities } from '../../../shared/intervals';
import type { RateWarning } from '../../../shared/quality';
import type { CompanyReportRequest } from '../../../shared/reports';
import { requireCompany } from '../../analytics/company-lookup';
import { companyTransactionStream } from '../../analytics/export-streams';
import {
  dataProvenance,
  rateSnapshot,
  rateTableWarnings,
  type DataProvenance,
  type RateSnapshotRow,
} from '../../analytics/report-facts';
import type { ReportInputs } from '../report-inputs';

/** How far ahead of the data the report's forecast looks. */
export const forecastHorizonDays = 30;
/** The chart stays readable up to this many buckets; the finest granularity under it is used. */
const chartBuckets = 120;
/** Quarantined records listed in the appendix; the rest are counted and left to the CSV export. */
export const quarantineListLimit = 250;

export interface MonthRow {
  readonly label: string;
  readonly opening: number;
  readonly inflow: number;
  readonly outflow: number;
  readonly closing: number;
  readonly lowest: number;
  readonly daysOverdrawn: number;
}

export interface CompanyReportData {
  readonly company: {
    readonly companyId: number;
    readonly name: string;
    readonly address: string;
    readonly ibans: readonly string[];
  };
  readonly from: string;
  readonly to: string;
  readonly generatedAt: Date;
  /** At the end of the range. */
  readonly balance: CompanyBalance;
  /** At the last synced day: what the data is "as of". */
  readonly current: CompanyBalance;
  readonly chart: SeriesResult;
  readonly months: readonly MonthRow[];
  readonly monthTotals: SeriesResult['totals'];
  readonly countries: CountriesResult;
  readonly counterparties: CounterpartiesResult;
  readonly interest: InterestResult;
  readonly forecast: ForecastResult;
  readonly quarantined: { readonly total: number; readonly rows: readonly TransactionLine[] };
  readonly rates: readonly RateSnapshotRow[];
  readonly rateWarnings: readonly RateWarning[];
  readonly provenance: DataProvenance;
}

function chartGranularity(from: string, to: string): SeriesResult['granularity'] {
  const first = dayFromIso(from) ?? 0;
  const last = dayFromIso(to) ?? 0;
  return granularities.find((granularity) => bucketCount(first, last, granularity) <= chartBuckets) ?? 'year';
}

export async function gatherCompanyData(
  inputs: ReportInputs,
  request: CompanyReportRequest,
): Promise<CompanyReportData> {
  const { companyId, from, to } = request;
  const currencyArgument = request.currency === undefined ? {} : { currency: request.currency };
  const range = { companyId, from, to, ...currencyArgument };
  const balance = await inputs.call('companySummary', { companyId, at: to, ...currencyArgument });
  const currency = balance.currency;
  const current = await inputs.call('companySummary', { companyId, currency });
  const chart = await inputs.call('companySeries', {
    ...range,
    currency,
    granularity: chartGranularity(from, to),
  });
  const monthly = await inputs.call('companySeries', { ...range, currency, granularity: 'month' });
  // Days overdrawn are a range total; each month is asked for as its own range.
  const months: MonthRow[] = [];
  for (const bucket of monthly.buckets) {
    const month = await inputs.call('companySeries', {
      companyId,
      from: bucket.from,
      to: bucket.to,
      currency,
      granularity: 'month',
    });
    months.push({
      label: bucket.label,
      opening: bucket.opening,
      inflow: bucket.inflow,
      outflow: bucket.outflow,
      closing: bucket.closing,
      lowest: bucket.min,
      daysOverdrawn: month.totals.daysOverdrawn,
    });
  }
  const lastDay = dayFromIso(current.at) ?? 0;
  const db = inputs.db();
  const stored = requireCompany(db, companyId);
  const quarantine = companyTransactionStream(db, {
    companyId,
    fromDay: dayFromIso(from) ?? 0,
    toDay: dayFromIso(to) ?? 0,
    currency,
    status: 'quarantined',
  });
  const rows: TransactionLine[] = [];
  for (
    let chunk = quarantine.next();
    chunk !== null && rows.length < quarantineListLimit;
    chunk = quarantine.next()
  )
    rows.push(...chunk.slice(0, quarantineListLimit - rows.length));
  return {
    company: { companyId, name: stored.name, address: stored.address, ibans: stored.ibans },
    from,
    to,
    generatedAt: inputs.now(),
    balance,
    current,
    chart,
    months,
    monthTotals: monthly.totals,
    countries: await inputs.call('companyCountries', { ...range, currency }),
    counterparties: await inputs.call('companyCounterparties', { ...range, currency, limit: 15 }),
    interest: await inputs.call('companyInterest', { ...range, currency }),
    forecast: await inputs.call('companyForecast', {
      companyId,
      currency,
      at: isoFromDay(lastDay + forecastHorizonDays),
    }),
    quarantined: { total: quarantine.total, rows },
    rates: rateSnapshot(db, currency),
    rateWarnings: rateTableWarnings(db),
    provenance: dataProvenance(db),
  };
}
