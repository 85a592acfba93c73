/**
 * Timestamps as the CDM API sends them: RFC 3339 with an optional fraction of any length and a `Z`
 * or numeric offset. Parsed strictly (no 30 February, no hour 24), to epoch milliseconds, UTC.
 */

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Epoch milliseconds of a UTC calendar time, years 0–99 included: Date.UTC alone reads them as
 * 1900–1999 (`0050-06-01T00:00:00Z` became an instant in 1950, and 0000-02-29 was refused).
 */
function utcMs(
  year: number,
  monthIndex: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  // The usual case stays on the fast path: this runs once per record of a sync.
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** Epoch milliseconds of a timestamp, or null when it is not a valid RFC 3339 instant. */
export function parseTimestamp(text: string): number | null {
  const match = rfc3339.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  return utcMs(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}
