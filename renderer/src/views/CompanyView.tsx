/**
 * One company: header, filters, cards, the balance chart and the panels of the range. Every figure
 * is a query of its own, keyed by what it depends on (company, currency, range, interval): changing
 * the filter changes the keys, and the cache does the loading.
 */
import { BalanceCards } from '../components/BalanceCards';
import { BalanceChartPanel } from '../components/BalanceChartPanel';
import { CompanyHeader } from '../components/CompanyHeader';
import { CounterpartiesPanel } from '../components/CounterpartiesPanel';
import { CountriesPanel } from '../components/CountriesPanel';
import { TransactionsPanel } from '../components/TransactionsPanel';
import { ExportMenu, companyExportChoices } from '../components/ExportMenu';
import { ExportNotice } from '../components/ExportNotice';
import { FilterBar } from '../components/FilterBar';
import { ConversionBanner, ConversionNote } from '../components/ConversionNote';
import { InternalTransfersNote } from '../components/InternalTransfersNote';
import { OutOfScopeNote } from '../components/OutOfScopeNote';
import { LoadNote } from '../components/Panel';
import { RangeNote } from '../components/RangeNote';
import type { CompanyBalance } from '../../../shared/analytics';
import {
  useCompanyCountries,
  useCompanyCounterparties,
  useCompanyForecast,
  useCompanyInterest,
  useCompanyProfile,
  useCompanySeries,
  useCompanySummary,
  useRangeSummary,
  type CompanyScope,
} from '../data/company';
import { loadOf } from '../data/hooks';
import { resolveRange } from '../filter/resolve';
import { useFilterStore } from '../store/filter-store';
import { useNavStore } from '../store/nav-store';
import { usePaintMark } from '../perf/paint-marks';

function RangeFigures({
  scope,
  current,
}: {
  readonly scope: CompanyScope;
  readonly current: CompanyBalance;
}) {
  const openCompany = useNavStore((state) => state.openCompany);
  const series = useCompanySeries(scope);
  const rangeSummary = useRangeSummary(scope).data;
  const interest = useCompanyInterest(scope);
  const forecast = useCompanyForecast(scope.companyId, scope.currency, current.at);
  const shownSeries = series.data ?? null;
  const countries = useCompanyCountries(scope);
  // Child effects (the chart's setOption) run before these: the next frame shows the figures.
  usePaintMark(`cards:${scope.companyId}`, true);
  usePaintMark(`chart:${scope.companyId}`, series.data?.companyId === scope.companyId);
  usePaintMark(`map:${scope.companyId}`, countries.data?.companyId === scope.companyId);
  return (
    <>
      <div className="company-view__notes">
        <ConversionNote info={current.conversion} />
        {shownSeries !== null && (
          <RangeNote bounds={shownSeries} from={shownSeries.from} to={shownSeries.to} />
        )}
      </div>
      <BalanceCards
        summary={rangeSummary?.companyId === scope.companyId ? rangeSummary : current}
        current={current}
        interest={loadOf(interest)}
        forecast={loadOf(forecast)}
      />
      <BalanceChartPanel series={loadOf(series)} scope={scope} forecast={forecast.data} />
      {shownSeries !== null && <InternalTransfersNote series={shownSeries} />}
      <CountriesPanel countries={loadOf(countries)} />
      <CounterpartiesPanel
        counterparties={loadOf(useCompanyCounterparties(scope))}
        companyId={scope.companyId}
        onOpen={openCompany}
      />
      <TransactionsPanel scope={scope} />
    </>
  );
}

export function CompanyView({ companyId }: { readonly companyId: number }) {
  const filter = useFilterStore((state) => state.filter);
  const goHome = useNavStore((state) => state.goHome);
  const currency = filter.currency;
  const profile = useCompanyProfile(companyId);
  const summary = useCompanySummary(companyId, currency);
  const current = summary.data;
  // Outside the analyst's portfolio the figures are refused: say why and offer to add the company.
  if (profile.data?.inScope === false || summary.error?.error.code === 'not-in-scope')
    return (
      <div className="company-view">
        <OutOfScopeNote companyId={companyId} onBack={goHome} />
      </div>
    );
  if (current?.companyId !== companyId) {
    return (
      <div className="company-view">
        <LoadNote load={loadOf(summary)} />
      </div>
    );
  }
  const span = profile.data?.dataSpan ?? null;
  const resolved = span === null ? null : resolveRange(filter, span);
  const scope: CompanyScope | null =
    resolved === null
      ? null
      : {
          companyId,
          currency,
          from: resolved.range.from,
          to: resolved.range.to,
          interval: resolved.interval,
        };
  return (
    <div className="company-view">
      <CompanyHeader summary={current} profile={profile.data ?? null} onBack={goHome} />
      <div className="view-toolbar">
        {span !== null && resolved !== null ? (
          <FilterBar span={span} resolved={resolved} synced={current.span ?? null} />
        ) : (
          <LoadNote load={loadOf(profile)} />
        )}
        {scope !== null && (
          <ExportMenu choices={companyExportChoices(companyId, scope, currency, scope.interval)} />
        )}
      </div>
      <ExportNotice />
      <ConversionBanner info={current.conversion} />
      {scope !== null && <RangeFigures scope={scope} current={current} />}
    </div>
  );
}
