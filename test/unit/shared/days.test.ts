import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { monthOfDay, monthOfDaySql, nextMonthOfDay } from '../../../electron/db/month-of-day';
import { dayFromIso, dayOfDate, isoFromDay, quarterEndDay } from '../../../shared/days';
import { bucketStart } from '../../../shared/intervals';

const msPerDay = 86_400_000;
const rendered = (day: number) => new Date(day * msPerDay).toISOString().slice(0, 10);

describe('the ISO text of a day', () => {
  it('equals the Date rendering on every day of years 0 to 9999, and reads back', () => {
    const first = -719_528;
    const last = 2_932_896;
    expect(isoFromDay(first)).toBe('0000-01-01');
    expect(isoFromDay(last)).toBe('9999-12-31');
    // Fifty years with thirteen leap days (0, 4, …, 48), then January to May.
    expect(dayFromIso('0050-06-01')).toBe(first + 50 * 365 + 13 + 151);
    const wrong: number[] = [];
    for (let day = first; day <= last; day += 1) {
      const text = isoFromDay(day);
      if (text !== rendered(day) || dayFromIso(text) !== day) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves days outside four-digit years and fractions of days to Date', () => {
    for (const day of [-719_529, 2_932_897, 19_000.5, -0.25]) expect(isoFromDay(day)).toBe(rendered(day));
  });
});

describe('calendar arithmetic in the years 0 to 99', () => {
  it('keeps the year, where Date.UTC would read it as 1900 to 1999', () => {
    const june15 = dayFromIso('0050-06-15') ?? NaN;
    expect(isoFromDay(monthOfDay(june15))).toBe('0050-06-01');
    expect(isoFromDay(nextMonthOfDay(june15))).toBe('0050-07-01');
    expect(isoFromDay(quarterEndDay(june15))).toBe('0050-06-30');
    expect(isoFromDay(bucketStart(june15, 'quarter'))).toBe('0050-04-01');
    expect(isoFromDay(dayOfDate(99, 12, 1))).toBe('0100-01-01');
  });

  it('gives a roll-up month key in JavaScript equal to the one in SQL', () => {
    const db = new Database(':memory:');
    const month = db.prepare(`SELECT ${monthOfDaySql('?')}`).pluck();
    for (const iso of ['0050-06-15', '0000-02-29', '1999-12-31', '2024-02-29', '9999-12-31']) {
      const day = dayFromIso(iso) ?? NaN;
      expect(monthOfDay(day), iso).toBe(month.get(day));
    }
    db.close();
  });
});
