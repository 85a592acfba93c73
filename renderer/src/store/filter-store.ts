/**
 * The filter (company, range, interval, currency) and the only ways to change it, so that every
 * change keeps it consistent: a range change re-picks an interval the service allows, and is kept
 * in a history that "Back" walks (zooming the chart then stepping back out, for instance).
 */
import { create } from 'zustand';
import type { ReportingCurrency } from '../../../shared/domain';
import type { Granularity } from '../../../shared/intervals';
import { initialFilter, type DayRange, type Filter } from '../filter/filter';
import { defaultInterval, fitInterval } from '../filter/range';
import { markCompanySelected } from '../perf/paint-marks';

/** Ranges "Back" can return to; older ones are dropped. */
export const rangeHistoryLimit = 50;

interface RangeStep {
  readonly range: DayRange | null;
  readonly interval: Granularity;
}

interface FilterState {
  readonly filter: Filter;
  /** Earlier ranges of the open company, the latest last. */
  readonly rangeHistory: readonly RangeStep[];
  readonly openCompany: (companyId: number) => void;
  readonly goHome: () => void;
  /**
   * A new range brings the default interval for it, unless the analyst picked one: that one stays
   * while the range allows it.
   */
  readonly setRange: (range: DayRange) => void;
  /** Returns to the previous range; false when there is none. */
  readonly backRange: () => boolean;
  /** `range` is the range on screen, which may still be the opening preset the filter leaves open. */
  readonly setInterval: (interval: Granularity, range: DayRange) => void;
  readonly setCurrency: (currency: ReportingCurrency) => void;
}

/** A range chosen by dates is the analyst's own: it follows them to the next company. */
function keptRange(range: DayRange | null): DayRange | null {
  return range?.preset === 'custom' ? range : null;
}

export const useFilterStore = create<FilterState>()((set, get) => ({
  filter: initialFilter,
  rangeHistory: [],
  openCompany: (companyId) => {
    markCompanySelected(companyId);
    // Presets are resolved again against the new company's data span.
    set(({ filter }) => {
      const range = keptRange(filter.range);
      return {
        filter: { ...filter, company: companyId, range },
        rangeHistory: [],
      };
    });
  },
  goHome: () => {
    set(({ filter }) => ({
      filter: { ...filter, company: null, range: keptRange(filter.range) },
      rangeHistory: [],
    }));
  },
  setRange: (range) => {
    set(({ filter, rangeHistory }) => ({
      filter: {
        ...filter,
        range,
        interval: filter.intervalChosen ? fitInterval(range, filter.interval) : defaultInterval(range),
      },
      rangeHistory: [...rangeHistory, { range: filter.range, interval: filter.interval }].slice(
        -rangeHistoryLimit,
      ),
    }));
  },
  backRange: () => {
    const previous = get().rangeHistory.at(-1);
    if (previous === undefined) return false;
    set(({ filter, rangeHistory }) => ({
      filter: { ...filter, range: previous.range, interval: previous.interval },
      rangeHistory: rangeHistory.slice(0, -1),
    }));
    return true;
  },
  setInterval: (interval, range) => {
    set(({ filter }) => ({
      filter: { ...filter, range, interval: fitInterval(range, interval), intervalChosen: true },
    }));
  },
  setCurrency: (currency) => {
    set(({ filter }) => ({ filter: { ...filter, currency } }));
  },
}));
