import { beforeEach, describe, expect, it } from 'vitest';
import { initialFilter } from '../../../renderer/src/filter/filter';
import { useFilterStore } from '../../../renderer/src/store/filter-store';

describe('the filter store', () => {
  beforeEach(() => {
    useFilterStore.setState({ filter: initialFilter });
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
    useFilterStore.getState().setRange({ preset: 'custom', from: '1990-01-01', to: '2030-12-31' });
    useFilterStore.getState().setInterval('day');
    expect(useFilterStore.getState().filter.interval).not.toBe('day');
    useFilterStore.getState().setInterval('quarter');
    expect(useFilterStore.getState().filter.interval).toBe('quarter');
  });

  it('keeps the currency across companies and back home', () => {
    useFilterStore.getState().setCurrency('USD');
    useFilterStore.getState().openCompany(3);
    useFilterStore.getState().goHome();
    expect(useFilterStore.getState().filter).toEqual({ ...initialFilter, currency: 'USD' });
  });
});
