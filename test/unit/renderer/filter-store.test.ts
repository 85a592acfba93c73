import { beforeEach, describe, expect, it } from 'vitest';
import { initialFilter } from '../../../renderer/src/filter/filter';
import { useFilterStore } from '../../../renderer/src/store/filter-store';

describe('the filter store', () => {
  beforeEach(() => {
    useFilterStore.setState({ filter: initialFilter, rangeHistory: [] });
  });

  it('opens a company without a range, so that presets resolve against its own data', () => {
    useFilterStore.getState().setRange({ preset: '1M', from: '2020-03-01', to: '2020-03-31' });
    useFilterStore.getState().openCompany(7);
    expect(useFilterStore.getState().filter).toMatchObject({ company: 7, range: null });
  });

  it('picks the default interval for a new range', () => {
    useFilterStore.getState().setRange({ preset: 'custom', from: '2015-01-01', to: '2020-12-31' });
    expect(useFilterStore.getState().filter.interval).toBe('month');
    useFilterStore.getState().setRange({ preset: '1M', from: '2020-03-01', to: '2020-03-31' });
    expect(useFilterStore.getState().filter.interval).toBe('day');
  });

  it('never keeps an interval the series service would refuse for the range', () => {
    const range = { preset: 'custom', from: '1990-01-01', to: '2030-12-31' } as const;
    useFilterStore.getState().setRange(range);
    useFilterStore.getState().setInterval('day', range);
    expect(useFilterStore.getState().filter.interval).not.toBe('day');
    useFilterStore.getState().setInterval('quarter', range);
    expect(useFilterStore.getState().filter.interval).toBe('quarter');
  });

  it('fixes the range on screen when the interval changes before any range was picked', () => {
    const opening = { preset: '1Y', from: '2019-04-01', to: '2020-03-31' } as const;
    useFilterStore.getState().openCompany(4);
    useFilterStore.getState().setInterval('month', opening);
    expect(useFilterStore.getState().filter).toMatchObject({ range: opening, interval: 'month' });
  });

  it('steps back through earlier ranges, then says there is nothing left', () => {
    useFilterStore.getState().openCompany(5);
    useFilterStore.getState().setRange({ preset: '3M', from: '2020-01-01', to: '2020-03-31' });
    useFilterStore.getState().setRange({ preset: 'custom', from: '2020-02-01', to: '2020-02-10' });
    expect(useFilterStore.getState().backRange()).toBe(true);
    expect(useFilterStore.getState().filter.range).toMatchObject({ preset: '3M', from: '2020-01-01' });
    expect(useFilterStore.getState().backRange()).toBe(true);
    expect(useFilterStore.getState().filter.range).toBeNull();
    expect(useFilterStore.getState().backRange()).toBe(false);
  });

  it('takes a range chosen by dates along to the next company, but not a preset', () => {
    useFilterStore.getState().openCompany(1);
    useFilterStore.getState().setRange({ preset: 'custom', from: '2020-02-01', to: '2020-02-10' });
    useFilterStore.getState().openCompany(2);
    expect(useFilterStore.getState().filter.range).toMatchObject({ from: '2020-02-01', to: '2020-02-10' });
    useFilterStore.getState().setRange({ preset: '1M', from: '2020-03-01', to: '2020-03-31' });
    useFilterStore.getState().openCompany(3);
    expect(useFilterStore.getState().filter.range).toBeNull();
  });

  it('keeps the currency across companies and back home', () => {
    useFilterStore.getState().setCurrency('USD');
    useFilterStore.getState().openCompany(3);
    useFilterStore.getState().goHome();
    expect(useFilterStore.getState().filter).toEqual({ ...initialFilter, currency: 'USD' });
  });
  it('keeps the interval the analyst picked when a preset changes the range', () => {
    const year = { preset: '1Y' as const, from: '2020-01-01', to: '2020-12-31' };
    useFilterStore.getState().setRange(year);
    useFilterStore.getState().setInterval('month', year);
    useFilterStore.getState().setRange({ preset: '3M', from: '2020-10-01', to: '2020-12-31' });
    expect(useFilterStore.getState().filter.interval).toBe('month');
    // Without a pick of their own, the same preset brings its default: days.
    useFilterStore.setState({ filter: initialFilter, rangeHistory: [] });
    useFilterStore.getState().setRange({ preset: '3M', from: '2020-10-01', to: '2020-12-31' });
    expect(useFilterStore.getState().filter.interval).toBe('day');
  });
});
