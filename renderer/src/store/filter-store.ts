/**
 * The filter (company, range, interval, currency) and the only ways to change it, so that every
 * change keeps it consistent: a range change re-picks an interval the service allows.
 */
import { create } from 'zustand';
import type { ReportingCurrency } from '../../../shared/domain';
import type { Granularity } from '../../../shared/intervals';
import { initialFilter, type DayRange, type Filter } from '../filter/filter';
import { defaultInterval, fitInterval } from '../filter/range';
import { resetCompany } from './company-store';

interface FilterState {
  readonly filter: Filter;
  readonly openCompany: (companyId: number) => void;
  readonly goHome: () => void;
  /** A new range brings the default interval for it (the analyst can refine it afterwards). */
  readonly setRange: (range: DayRange) => void;
  readonly setInterval: (interval: Granularity) => void;
  readonly setCurrency: (currency: ReportingCurrency) => void;
}

export const useFilterStore = create<FilterState>()((set) => ({
  filter: initialFilter,
  openCompany: (companyId) => {
    // A different company must never show the previous one's figures, even for a frame.
    resetCompany();
    // The range is resolved again against the new company's data span.
    set(({ filter }) => ({ filter: { ...filter, company: companyId, range: null } }));
  },
  goHome: () => {
    resetCompany();
    set(({ filter }) => ({ filter: { ...filter, company: null, range: null } }));
  },
  setRange: (range) => {
    set(({ filter }) => ({ filter: { ...filter, range, interval: defaultInterval(range) } }));
  },
  setInterval: (interval) => {
    set(({ filter }) =>
      filter.range === null
        ? { filter }
        : { filter: { ...filter, interval: fitInterval(filter.range, interval) } },
    );
  },
  setCurrency: (currency) => {
    set(({ filter }) => ({ filter: { ...filter, currency } }));
  },
}));
