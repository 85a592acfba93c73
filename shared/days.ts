/**
 * Calendar days as integers (days since 1970-01-01 UTC) and their ISO text form. Users and the
 * contract speak inclusive `YYYY-MM-DD` days; internally ranges are half-open.
 */

const msPerDay = 86_400_000;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day of a UTC calendar date; a month or date out of range rolls over as with Date.UTC. Not
 * Date.UTC itself: it reads years 0–99 as 1900–1999.
 */
export function dayOfDate(year: number, monthIndex: number, date = 1): number {
  const at = new Date(0);
  at.setUTCFullYear(year, monthIndex, date);
  return at.getTime() / msPerDay;
}

export function dayFromIso(text: string): number | null {
  const match = isoDay.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const day = dayOfDate(Number(y), Number(m) - 1, Number(d));
  return isoFromDay(day) === text ? day : null;
}

/** Days of 0000-01-01 and 9999-12-31: the span whose ISO text has a four-digit year. */
const firstFourDigitDay = -719_528;
const lastFourDigitDay = 2_932_896;

const twoDigits = (n: number) => (n < 10 ? `0${String(n)}` : String(n));

/**
 * The `YYYY-MM-DD` text of a day. Computed with integer calendar arithmetic (days since 0000-03-01,
 * 400-year eras of 146,097 days, months counted from March so the leap day comes last) instead of
 * a Date and its ISO rendering: a four-year daily series renders thousands of days, and that was a
 * fifth of its time. Days outside years 0–9999, or not whole, are left to Date.
 */
export function isoFromDay(day: number): string {
  if (!Number.isInteger(day) || day < firstFourDigitDay || day > lastFourDigitDay)
    return new Date(day * msPerDay).toISOString().slice(0, 10);
  const sinceMarch0 = day + 719_468;
  const era = Math.floor(sinceMarch0 / 146_097);
  const dayOfEra = sinceMarch0 - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(dayOfMonth)}`;
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
  return dayOfDate(date.getUTCFullYear(), nextQuarterMonth) - 1;
}
