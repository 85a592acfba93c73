/**
 * Balance history over a range in buckets (day, week, month, quarter, year): per bucket the opening
 * and closing balance, the lowest and highest end-of-day balance, flows and count; plus the range
 * totals of docs/domain.md (days overdrawn, peak debt). The range is cut to the synced span first,
 * so no day after the last synced one is carried forward or counted as overdrawn; flows are the
 * company's, without transfers between its own accounts (daily-balances.ts).
 */
import type { SeriesBucket, SeriesResult } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import {
  bucketCount,
  bucketLabel,
  bucketStart,
  maxSeriesBuckets as maxBuckets,
  nextBucketStart,
  type Granularity,
} from '../../shared/intervals';
import { AppFailure } from '../../shared/result';
import type { ReadableDb } from '../db/connection';
import { loadOpeningBalances } from '../db/queries/rates';
import { requireCompany } from './company-lookup';
import { loadConversion } from './conversion';
import { companyAt, loadDailyBalances } from './daily-balances';
import { clampRange } from './synced-span';

export interface SeriesQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly granularity: Granularity;
  readonly currency: ReportingCurrency;
}

export function companySeries(db: ReadableDb, query: SeriesQuery): SeriesResult {
  const { granularity } = query;
  const range = clampRange(db, query.fromDay, query.toDay);
  const { fromDay, toDay } = range;
  const buckets = bucketCount(fromDay, toDay, granularity);
  if (buckets > maxBuckets) {
    throw new AppFailure(
      'invalid-argument',
      `A ${granularity} series from ${isoFromDay(fromDay)} to ${isoFromDay(toDay)} has ${buckets} points; choose a coarser granularity or a shorter range (at most ${maxBuckets}).`,
    );
  }
  const company = requireCompany(db, query.companyId);
  const conversion = loadConversion(db, query.currency);
  const openings = loadOpeningBalances(db, query.currency, company.ibans);
  const daily = loadDailyBalances(db, conversion, company, openings, fromDay, toDay);
  const opening = daily.accounts.reduce((sum, account) => sum + account.opening, 0);

  const result: SeriesBucket[] = [];
  let previousClose = opening;
  let min = Infinity;
  let max = -Infinity;
  let daysOverdrawn = 0;
  let peakDebt = 0;
  let inflowTotal = 0;
  let outflowTotal = 0;
  let countTotal = 0;
  for (
    let start = bucketStart(fromDay, granularity);
    start <= toDay;
    start = nextBucketStart(start, granularity)
  ) {
    const first = Math.max(start, fromDay);
    const last = Math.min(nextBucketStart(start, granularity) - 1, toDay);
    const bucket = { min: Infinity, max: -Infinity, inflow: 0, outflow: 0, count: 0, closing: previousClose };
    for (let day = first; day <= last; day += 1) {
      const index = day - fromDay;
      const { balance, debt } = companyAt(daily, index);
      bucket.min = Math.min(bucket.min, balance);
      bucket.max = Math.max(bucket.max, balance);
      bucket.inflow += daily.inflow[index] ?? 0;
      bucket.outflow += daily.outflow[index] ?? 0;
      bucket.count += daily.count[index] ?? 0;
      bucket.closing = balance;
      if (debt > 0) daysOverdrawn += 1;
      peakDebt = Math.max(peakDebt, debt);
    }
    result.push({
      label: bucketLabel(start, granularity),
      from: isoFromDay(first),
      to: isoFromDay(last),
      opening: previousClose,
      closing: bucket.closing,
      min: bucket.min,
      max: bucket.max,
      inflow: bucket.inflow,
      outflow: bucket.outflow,
      net: bucket.inflow - bucket.outflow,
      count: bucket.count,
    });
    previousClose = bucket.closing;
    min = Math.min(min, bucket.min);
    max = Math.max(max, bucket.max);
    inflowTotal += bucket.inflow;
    outflowTotal += bucket.outflow;
    countTotal += bucket.count;
  }
  return {
    companyId: company.companyId,
    from: isoFromDay(fromDay),
    to: isoFromDay(toDay),
    currency: query.currency,
    granularity,
    buckets: result,
    totals: {
      opening,
      closing: previousClose,
      min,
      max,
      inflow: inflowTotal,
      outflow: outflowTotal,
      net: inflowTotal - outflowTotal,
      count: countTotal,
      daysOverdrawn,
      peakDebt,
      internalTransfers: { count: daily.internalCount, volume: daily.internalVolume },
    },
    unconvertedCurrencies: [...daily.unconverted].sort(),
    clampedFrom: range.clampedFrom,
    clampedTo: range.clampedTo,
    span: range.span,
    conversion: conversion.info,
  };
}
