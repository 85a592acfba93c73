/**
 * Monthly roll-ups (migration 0110) key each month by the number of its first UTC day, so a month
 * and a day compare on one scale. The same rule in SQL and in JavaScript.
 */
import { dayOfDate } from '../../shared/days';

/** SQL: the first day of the month of an integer UTC day held in `column`. */
export function monthOfDaySql(column: string): string {
  return `CAST(unixepoch(date(${column} * 86400, 'unixepoch', 'start of month')) / 86400 AS INTEGER)`;
}

const msPerDay = 86_400_000;

/** The first day of the month of an integer UTC day. */
export function monthOfDay(day: number): number {
  const date = new Date(day * msPerDay);
  return dayOfDate(date.getUTCFullYear(), date.getUTCMonth());
}

/** The first day of the month after the one holding `day`. */
export function nextMonthOfDay(day: number): number {
  const date = new Date(day * msPerDay);
  return dayOfDate(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** An inclusive range of days (or of month keys); `[1, 0]` is empty. */
export type DayRange = readonly [number, number];

const empty: DayRange = [1, 0];

export interface MonthSplit {
  /** Month keys of the months wholly inside the range. */
  readonly months: DayRange;
  /** The days before the first whole month, and those after the last one. */
  readonly head: DayRange;
  readonly tail: DayRange;
}

/**
 * An inclusive day range (null: open at that end) as the whole months inside it plus the partial
 * days at its ends, so a sum over it reads monthly roll-ups and at most two months of daily rows.
 */
export function splitByMonths(from: number | null, to: number | null): MonthSplit {
  const firstMonth =
    from === null ? Number.MIN_SAFE_INTEGER : monthOfDay(from) === from ? from : nextMonthOfDay(from);
  // Months that start before the month holding the day after `to` end on or before `to`.
  const endMonth = to === null ? Number.MAX_SAFE_INTEGER : monthOfDay(to + 1);
  if (from !== null && to !== null && firstMonth >= endMonth)
    return { months: empty, head: [from, to], tail: empty };
  return {
    months: [firstMonth, endMonth - 1],
    head: from === null ? empty : [from, firstMonth - 1],
    tail: to === null ? empty : [endMonth, to],
  };
}
