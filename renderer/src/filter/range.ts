/**
 * Time-range rules of the company view: what the presets mean, which bucket sizes a range allows
 * and which one to show by default. Pure functions over ISO days, tested without a browser.
 */
import { dayFromIso, dayOfDate, isoFromDay } from '../../../shared/days';
import { bucketCount, granularities, maxSeriesBuckets, type Granularity } from '../../../shared/intervals';
import type { DayRange, RangePreset } from './filter';

/** The series service refuses more buckets than this; such a choice is disabled. */
export const serviceMaxBuckets = maxSeriesBuckets;
/** Beyond this many points a bar per bucket stops being readable; the default stays below it. */
export const comfortableBuckets = 120;

const msPerDay = 86_400_000;

function requireDay(text: string): number {
  const day = dayFromIso(text);
  if (day === null) throw new Error(`'${text}' is not a calendar day.`);
  return day;
}

/** The day `months` calendar months before `day`, clamped to the month's last day (31 Mar − 1M = 28/29 Feb). */
function monthsBefore(day: number, months: number): number {
  const date = new Date(day * msPerDay);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const firstOfTarget = dayOfDate(year, month);
  const lastOfTarget = dayOfDate(year, month + 1, 0) - firstOfTarget + 1;
  return firstOfTarget + Math.min(date.getUTCDate(), lastOfTarget) - 1;
}

/**
 * Resolves a preset against the company's data: presets end on `lastDay` (the last synced day, the
 * "current" of docs/domain.md) and reach back one calendar month, three, or a year, never before
 * `firstDay`; `All` is the whole span. An inclusive range: 1M ending 2020-03-31 starts 2020-03-01.
 */
export function presetRange(
  preset: Exclude<RangePreset, 'custom'>,
  firstDay: string,
  lastDay: string,
): DayRange {
  const last = requireDay(lastDay);
  const first = Math.min(requireDay(firstDay), last);
  const months = { '1M': 1, '3M': 3, '1Y': 12, All: null }[preset];
  const from = months === null ? first : Math.max(first, monthsBefore(last, months) + 1);
  return { preset, from: isoFromDay(from), to: isoFromDay(last) };
}

/** Bucket sizes the service accepts for this range (at most `serviceMaxBuckets` points). */
export function allowedIntervals(range: DayRange): Granularity[] {
  const from = requireDay(range.from);
  const to = requireDay(range.to);
  return granularities.filter((granularity) => bucketCount(from, to, granularity) <= serviceMaxBuckets);
}

/** The finest bucket size that keeps the chart readable: days for a month, weeks for a year, months beyond. */
export function defaultInterval(range: DayRange): Granularity {
  const from = requireDay(range.from);
  const to = requireDay(range.to);
  return (
    granularities.find((granularity) => bucketCount(from, to, granularity) <= comfortableBuckets) ?? 'year'
  );
}

/** Keeps the chosen interval when the range still allows it, otherwise falls back to the default. */
export function fitInterval(range: DayRange, wanted: Granularity): Granularity {
  return allowedIntervals(range).includes(wanted) ? wanted : defaultInterval(range);
}

/** A custom range from two date inputs, or a sentence saying why it cannot be used. */
export function customRange(from: string, to: string): DayRange | string {
  if (dayFromIso(from) === null) return `'${from}' is not a calendar day.`;
  if (dayFromIso(to) === null) return `'${to}' is not a calendar day.`;
  if (from > to) return 'The start must not be after the end.';
  return { preset: 'custom', from, to };
}

/** The day `days` after an ISO day, for targets such as "forecast in 30 days". */
export function addDays(iso: string, days: number): string {
  return isoFromDay(requireDay(iso) + days);
}

export type Comparison = 'none' | 'previous' | 'year';

/** The same day one calendar year earlier (29 February becomes the 28th). */
function yearBefore(iso: string): string {
  const [year, month, day] = iso.split('-');
  const earlier = `${String(Number(year) - 1).padStart(4, '0')}-${month ?? '01'}-${day ?? '01'}`;
  return dayFromIso(earlier) === null ? `${earlier.slice(0, 8)}28` : earlier;
}

/**
 * The period a range is compared with: the as-long period just before it, or the same days a year
 * earlier. Null for no comparison.
 */
export function comparisonRange(
  range: { readonly from: string; readonly to: string },
  comparison: Comparison,
): { readonly from: string; readonly to: string } | null {
  if (comparison === 'none') return null;
  if (comparison === 'year') return { from: yearBefore(range.from), to: yearBefore(range.to) };
  const from = requireDay(range.from);
  const length = requireDay(range.to) - from + 1;
  return { from: isoFromDay(from - length), to: isoFromDay(from - 1) };
}

/** The custom range from the first day of one bucket to the last day of another (a chart selection). */
export function bucketRange(
  buckets: readonly { readonly from: string; readonly to: string }[],
  first: number,
  last: number,
): DayRange | null {
  const start = buckets[first];
  const end = buckets[last];
  if (start === undefined || end === undefined || start.from > end.to) return null;
  return { preset: 'custom', from: start.from, to: end.to };
}
