/**
 * Time buckets for series: day, ISO week (Monday start), month, quarter, year. Pure functions on
 * integer days (days since 1970-01-01 UTC), shared by analytics and charts.
 */
import { dayOfDate, isoFromDay, weekdayOfDay } from './days';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const granularities: readonly Granularity[] = ['day', 'week', 'month', 'quarter', 'year'];

/** More points than a chart can show meaningfully: the series service refuses them. */
export const maxSeriesBuckets = 4000;

const msPerDay = 86_400_000;

function utc(day: number): Date {
  return new Date(day * msPerDay);
}

function dayOf(year: number, monthIndex: number, date = 1): number {
  return dayOfDate(year, monthIndex, date);
}

/** First day of the bucket that contains `day`. */
export function bucketStart(day: number, granularity: Granularity): number {
  const date = utc(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (granularity) {
    case 'day':
      return day;
    case 'week':
      return day - weekdayOfDay(day);
    case 'month':
      return dayOf(year, month);
    case 'quarter':
      return dayOf(year, month - (month % 3));
    case 'year':
      return dayOf(year, 0);
  }
}

/** First day of the bucket after the one that starts at `start`. */
export function nextBucketStart(start: number, granularity: Granularity): number {
  const date = utc(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (granularity) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return dayOf(year, month + 1);
    case 'quarter':
      return dayOf(year, month + 3);
    case 'year':
      return dayOf(year + 1, 0);
  }
}

/** A readable label: `2020-03-14`, `2020-W11`, `2020-03`, `2020-Q1`, `2020`. */
export function bucketLabel(start: number, granularity: Granularity): string {
  const iso = isoFromDay(start);
  switch (granularity) {
    case 'day':
      return iso;
    case 'week': {
      // The ISO week-year is the year of the week's Thursday.
      const thursday = start + 3;
      const weekYear = utc(thursday).getUTCFullYear();
      const week = Math.floor((thursday - dayOf(weekYear, 0)) / 7) + 1;
      return `${weekYear}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return iso.slice(0, 7);
    case 'quarter':
      return `${iso.slice(0, 4)}-Q${Math.floor(utc(start).getUTCMonth() / 3) + 1}`;
    case 'year':
      return iso.slice(0, 4);
  }
}

/** Number of buckets touched by the inclusive range `fromDay..toDay`. */
export function bucketCount(fromDay: number, toDay: number, granularity: Granularity): number {
  let count = 0;
  for (
    let start = bucketStart(fromDay, granularity);
    start <= toDay;
    start = nextBucketStart(start, granularity)
  ) {
    count += 1;
  }
  return count;
}
