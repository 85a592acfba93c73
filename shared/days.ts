/**
 * Calendar days as integers (days since 1970-01-01 UTC) and their ISO text form. Users and the
 * contract speak inclusive `YYYY-MM-DD` days; internally ranges are half-open.
 */

const msPerDay = 86_400_000;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromIso(text: string): number | null {
  const match = isoDay.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / msPerDay;
  return isoFromDay(day) === text ? day : null;
}

export function isoFromDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** The UTC calendar day of an epoch-milliseconds instant. */
export function dayOfEpochMs(ms: number): number {
  return Math.floor(ms / msPerDay);
}

export function epochMsOfDay(day: number): number {
  return day * msPerDay;
}

/** 0 = Monday … 6 = Sunday (ISO weekday minus one). */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (ISO weekday 4, index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** Quarter label like `2019-Q3` for a day. */
export function quarterOfDay(day: number): string {
  const date = new Date(day * msPerDay);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Last day of the quarter that contains `day`. */
export function quarterEndDay(day: number): number {
  const date = new Date(day * msPerDay);
  const nextQuarterMonth = (Math.floor(date.getUTCMonth() / 3) + 1) * 3;
  return Date.UTC(date.getUTCFullYear(), nextQuarterMonth, 1) / msPerDay - 1;
}
