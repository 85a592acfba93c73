import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../../shared/rules/timestamp';

describe('parseTimestamp', () => {
  it('reads offsets and fractions of any length', () => {
    expect(parseTimestamp('2021-01-01T10:00:00Z')).toBe(Date.UTC(2021, 0, 1, 10));
    expect(parseTimestamp('2021-01-01T10:00:00.999999+01:30')).toBe(Date.UTC(2021, 0, 1, 8, 30, 0, 999));
    expect(parseTimestamp('2020-02-29t23:59:59-00:00')).toBe(Date.UTC(2020, 1, 29, 23, 59, 59));
  });

  it('refuses days that do not exist, hour 24 and leap seconds', () => {
    expect(parseTimestamp('2021-02-29T00:00:00Z')).toBeNull();
    expect(parseTimestamp('1900-02-29T00:00:00Z')).toBeNull();
    expect(parseTimestamp('2021-01-01T24:00:00Z')).toBeNull();
    // A real leap second; JavaScript time has none, so it is malformed rather than shifted.
    expect(parseTimestamp('2016-12-31T23:59:60Z')).toBeNull();
  });

  // Found by the fuzz test: Date.UTC reads years 0–99 as 1900–1999.
  it('takes years 0000–0099 literally', () => {
    expect(new Date(parseTimestamp('0050-06-01T00:00:00Z') ?? Number.NaN).toISOString()).toBe(
      '0050-06-01T00:00:00.000Z',
    );
    // Year 0 is a leap year in the proleptic Gregorian calendar, 1900 is not.
    expect(parseTimestamp('0000-02-29T12:00:00Z')).toBe(Date.parse('0000-02-29T12:00:00Z'));
    expect(parseTimestamp('0099-12-31T23:59:59+01:00')).toBe(Date.parse('0099-12-31T22:59:59Z'));
  });
});
