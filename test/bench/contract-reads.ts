/**
 * Every read method of the contract, as the query benchmark calls it for one company: the calls an
 * analyst's views make, named by the row they are reported under. Ranges end at the last synced day.
 */
import type { MethodName } from '../../shared/contract';
import { isoFromDay } from '../../shared/days';
import { granularities } from '../../shared/intervals';

export interface BenchCall {
  readonly row: string;
  readonly method: MethodName;
  readonly argument: unknown;
}

export function companyCalls(companyId: number, lastDay: number): BenchCall[] {
  const to = isoFromDay(lastDay);
  const year = { companyId, from: isoFromDay(lastDay - 364), to };
  const fourYears = { companyId, from: isoFromDay(lastDay - 4 * 365 + 1), to };
  return [
    { row: 'companySummary, last day', method: 'companySummary', argument: { companyId } },
    {
      row: 'companySummary, a year back',
      method: 'companySummary',
      argument: { companyId, at: isoFromDay(lastDay - 365) },
    },
    ...granularities.map((granularity): BenchCall => ({
      row: `companySeries, 4 y by ${granularity}`,
      method: 'companySeries',
      argument: { ...fourYears, granularity },
    })),
    { row: 'companyCountries, 4 y', method: 'companyCountries', argument: fourYears },
    { row: 'companyInterest, 4 y', method: 'companyInterest', argument: fourYears },
    {
      row: 'companyForecast, 90 days ahead',
      method: 'companyForecast',
      argument: { companyId, at: isoFromDay(lastDay + 90) },
    },
    { row: 'companyCounterparties, 1 y', method: 'companyCounterparties', argument: year },
    {
      row: 'companyCounterparties, 4 y, top 50 out',
      method: 'companyCounterparties',
      argument: { ...fourYears, limit: 50, direction: 'out' },
    },
    { row: 'companyTransactions, 1 y, first page', method: 'companyTransactions', argument: year },
    {
      row: 'companyTransactions, 4 y by amount',
      method: 'companyTransactions',
      argument: { ...fourYears, sort: 'amount', order: 'desc' },
    },
    {
      row: 'companyTransactions, 4 y, page at 2,000',
      method: 'companyTransactions',
      argument: { ...fourYears, offset: 2000, limit: 100 },
    },
    {
      row: 'companyTransactions, 4 y, quarantined',
      method: 'companyTransactions',
      argument: { ...fourYears, status: 'quarantined' },
    },
  ];
}
