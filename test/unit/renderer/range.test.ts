import { describe, expect, it } from 'vitest';
import {
  allowedIntervals,
  bucketRange,
  comparisonRange,
  customRange,
  defaultInterval,
  fitInterval,
  presetRange,
  serviceMaxBuckets,
} from '../../../renderer/src/filter/range';
import { bucketCount } from '../../../shared/intervals';
import { dayFromIso } from '../../../shared/days';

describe('time-range presets', () => {
  it('ends every preset on the last synced day and reaches back whole calendar months, inclusive', () => {
    expect(presetRange('1M', '2015-01-01', '2020-03-31')).toEqual({
      preset: '1M',
      from: '2020-03-01',
      to: '2020-03-31',
    });
    expect(presetRange('3M', '2015-01-01', '2020-03-31')).toEqual({
      preset: '3M',
      from: '2020-01-01',
      to: '2020-03-31',
    });
    expect(presetRange('1Y', '2015-01-01', '2020-03-31')).toEqual({
      preset: '1Y',
      from: '2019-04-01',
      to: '2020-03-31',
    });
  });

  it('clamps a month back from the 31st to the shorter month before it', () => {
    expect(presetRange('1M', '2015-01-01', '2021-03-31').from).toBe('2021-03-01');
    expect(presetRange('1M', '2015-01-01', '2021-03-30').from).toBe('2021-03-01');
    expect(presetRange('1M', '2015-01-01', '2021-03-29').from).toBe('2021-03-01');
    expect(presetRange('1M', '2015-01-01', '2021-03-28').from).toBe('2021-03-01');
    expect(presetRange('1M', '2015-01-01', '2021-03-27').from).toBe('2021-02-28');
  });

  it('never starts before the first day of data, and All spans all of it', () => {
    expect(presetRange('1Y', '2020-02-10', '2020-03-31').from).toBe('2020-02-10');
    expect(presetRange('All', '2016-05-01', '2020-03-31')).toEqual({
      preset: 'All',
      from: '2016-05-01',
      to: '2020-03-31',
    });
  });
});

describe('intervals for a range', () => {
  const range = (from: string, to: string) => ({ preset: 'custom' as const, from, to });

  it('picks days for a month, weeks for a year and months for several years', () => {
    expect(defaultInterval(range('2020-03-01', '2020-03-31'))).toBe('day');
    expect(defaultInterval(range('2019-04-01', '2020-03-31'))).toBe('week');
    expect(defaultInterval(range('2015-01-01', '2020-03-31'))).toBe('month');
  });

  it('offers only the intervals whose bucket count the series service accepts', () => {
    const long = range('1990-01-01', '2030-12-31');
    const from = dayFromIso(long.from) ?? 0;
    const to = dayFromIso(long.to) ?? 0;
    expect(bucketCount(from, to, 'day')).toBeGreaterThan(serviceMaxBuckets);
    expect(allowedIntervals(long)).toEqual(['week', 'month', 'quarter', 'year']);
    expect(fitInterval(long, 'day')).toBe(defaultInterval(long));
    expect(fitInterval(long, 'quarter')).toBe('quarter');
  });

  it('refuses a custom range whose start is after its end or whose days do not exist', () => {
    expect(customRange('2020-03-01', '2020-02-01')).toBe('The start must not be after the end.');
    expect(customRange('2020-02-30', '2020-03-01')).toContain('not a calendar day');
    expect(customRange('2020-02-01', '2020-03-01')).toEqual({
      preset: 'custom',
      from: '2020-02-01',
      to: '2020-03-01',
    });
  });
});

describe('chart selections and comparisons', () => {
  it('compares with the as-long period just before, or the same days a year earlier', () => {
    expect(comparisonRange({ from: '2020-03-01', to: '2020-03-31' }, 'previous')).toEqual({
      from: '2020-01-30',
      to: '2020-02-29',
    });
    expect(comparisonRange({ from: '2020-02-29', to: '2020-12-31' }, 'year')).toEqual({
      from: '2019-02-28',
      to: '2019-12-31',
    });
    expect(comparisonRange({ from: '2020-02-29', to: '2020-12-31' }, 'none')).toBeNull();
  });

  it('turns the buckets a drag crossed into a custom range from the first day to the last', () => {
    const buckets = [
      { from: '2020-01-01', to: '2020-01-31' },
      { from: '2020-02-01', to: '2020-02-29' },
      { from: '2020-03-01', to: '2020-03-31' },
    ];
    expect(bucketRange(buckets, 1, 2)).toEqual({ preset: 'custom', from: '2020-02-01', to: '2020-03-31' });
    expect(bucketRange(buckets, 2, 7)).toBeNull();
  });
});
