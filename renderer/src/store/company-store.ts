/**
 * What the company view shows, loaded from the contract: the overview (summary, profile, data span,
 * forecast) per company and currency, and the range figures (series, countries, interest) per filter.
 * Each load carries a ticket so that a slow answer to an old filter never overwrites a newer one.
 */
import { create } from 'zustand';
import type {
  CompanyBalance,
  CountriesResult,
  ForecastResult,
  InterestResult,
  SearchHit,
  SeriesResult,
} from '../../../shared/analytics';
import type { ReportingCurrency } from '../../../shared/domain';
import { getApi } from '../api/client';
import type { Filter } from '../filter/filter';
import { addDays } from '../filter/range';
import { useActivityStore } from './activity-store';
import { idle, loading, settle, valueOf, type Load } from './load';

/** How far ahead the forecast card looks from the last synced day. */
export const forecastHorizonDays = 30;
/** Monthly buckets from here to the last day find the first month with activity, in one call. */
const spanProbeStart = '1970-01-01';

export interface DataSpan {
  /** First day of the first month with a transaction (the start of preset "All"). */
  readonly first: string;
  /** The last synced day: "current" in docs/domain.md, where presets end. */
  readonly last: string;
}

interface CompanyState {
  readonly summary: Load<CompanyBalance>;
  readonly profile: Load<SearchHit | null>;
  readonly span: Load<DataSpan>;
  readonly forecast: Load<ForecastResult>;
  readonly series: Load<SeriesResult>;
  readonly countries: Load<CountriesResult>;
  readonly interest: Load<InterestResult>;
  /** Balance, debt and credit at the end of the range (the cards follow the range end). */
  readonly rangeSummary: Load<CompanyBalance>;
  readonly loadOverview: (companyId: number, currency: ReportingCurrency) => Promise<void>;
  readonly loadRange: (filter: Filter) => Promise<void>;
}

let overviewTicket = 0;
let rangeTicket = 0;

export const useCompanyStore = create<CompanyState>()((set) => ({
  summary: idle,
  profile: idle,
  span: idle,
  forecast: idle,
  series: idle,
  countries: idle,
  interest: idle,
  rangeSummary: idle,

  loadOverview: async (companyId, currency) => {
    const ticket = ++overviewTicket;
    const api = getApi();
    // The previous summary stays on screen during a currency switch; resetCompany clears it between companies.
    set({ forecast: loading });
    const summary = await settle(api.companySummary({ companyId, currency }));
    if (ticket !== overviewTicket) return;
    set({ summary });
    const current = valueOf(summary);
    if (current === null) {
      set({ forecast: idle, span: idle });
      return;
    }
    // Profile and span do not depend on the currency: a currency switch keeps them (resetCompany clears them).
    const kept = useCompanyStore.getState();
    const needsProfile = kept.profile.status !== 'ready';
    const needsSpan = kept.span.status !== 'ready';
    const [forecast, profile, probe] = await Promise.all([
      settle(api.companyForecast({ companyId, currency, at: addDays(current.at, forecastHorizonDays) })),
      needsProfile
        ? settle(api.searchCompanies({ text: String(companyId), limit: 1, currency }))
        : Promise.resolve(null),
      needsSpan
        ? settle(
            api.companySeries({
              companyId,
              currency,
              from: spanProbeStart,
              to: current.at,
              granularity: 'month',
            }),
          )
        : Promise.resolve(null),
    ]);
    if (ticket !== overviewTicket) return;
    set({ forecast });
    if (profile !== null) {
      set({
        profile:
          profile.status === 'ready'
            ? { status: 'ready', value: profile.value.find((hit) => hit.companyId === companyId) ?? null }
            : profile,
      });
    }
    if (probe !== null) {
      const series = valueOf(probe);
      const firstActive = series?.buckets.find((bucket) => bucket.count > 0);
      set({
        span:
          series === null && probe.status === 'failed'
            ? probe
            : { status: 'ready', value: { first: firstActive?.from ?? current.at, last: current.at } },
      });
    }
  },

  loadRange: async (filter) => {
    const { company, range, interval, currency } = filter;
    if (company === null || range === null) return;
    const ticket = ++rangeTicket;
    const api = getApi();
    const days = { companyId: company, from: range.from, to: range.to, currency };
    set({ series: loading, countries: loading, interest: loading, rangeSummary: loading });
    const [series, countries, interest, rangeSummary] = await Promise.all([
      settle(api.companySeries({ ...days, granularity: interval })),
      settle(api.companyCountries(days)),
      settle(api.companyInterest(days)),
      settle(api.companySummary({ companyId: company, currency, at: range.to })),
    ]);
    if (ticket !== rangeTicket) return;
    set({ series, countries, interest, rangeSummary });
  },
}));

/** Forgets the previous company's figures so that its numbers never show under a new name. */
export function resetCompany(): void {
  overviewTicket += 1;
  rangeTicket += 1;
  useActivityStore.getState().reset();
  useCompanyStore.setState({
    summary: idle,
    profile: idle,
    span: idle,
    forecast: idle,
    series: idle,
    countries: idle,
    interest: idle,
    rangeSummary: idle,
  });
}
