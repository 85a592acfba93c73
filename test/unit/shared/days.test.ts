import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../../shared/days';

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
