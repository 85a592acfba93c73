/**
 * One company: header, filters, cards, the balance chart and the countries panel. Loads follow the
 * filter: the overview when the company or currency changes, the range figures when any part does.
 */
import { useEffect } from 'react';
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
import { LoadNote } from '../components/Panel';
import { RangeNote } from '../components/RangeNote';
import { presetRange } from '../filter/range';
import { useActivityStore } from '../store/activity-store';
import { useCompanyStore } from '../store/company-store';
import { useFilterStore } from '../store/filter-store';
import { useNavStore } from '../store/nav-store';
import { valueOf } from '../store/load';

/** The range a company opens with: the last year, which shows both trend and weekly pattern. */
const openingPreset = '1Y';

export function CompanyView({ companyId }: { readonly companyId: number }) {
  const filter = useFilterStore((state) => state.filter);
  const goHome = useNavStore((state) => state.goHome);
  const openCompany = useNavStore((state) => state.openCompany);
  const setRange = useFilterStore((state) => state.setRange);
  const { summary, profile, span, forecast, series, countries, interest, rangeSummary } = useCompanyStore();
  const loadOverview = useCompanyStore((state) => state.loadOverview);
  const loadRange = useCompanyStore((state) => state.loadRange);
  const currency = filter.currency;
  const {
    counterparties,
    transactions,
    query: transactionsQuery,
    loadCounterparties,
    loadTransactions,
  } = useActivityStore();

  useEffect(() => {
    void loadOverview(companyId, currency);
  }, [companyId, currency, loadOverview]);

  const knownSpan = valueOf(span);
  useEffect(() => {
    if (filter.range === null && knownSpan !== null)
      setRange(presetRange(openingPreset, knownSpan.first, knownSpan.last));
  }, [filter.range, knownSpan, setRange]);

  useEffect(() => {
    void loadRange(filter);
    void loadCounterparties(filter);
  }, [filter, loadRange, loadCounterparties]);

  // The store reads the table's own query (page, status, sort) itself; a change of it reloads too.
  useEffect(() => {
    void loadTransactions(filter);
  }, [filter, transactionsQuery, loadTransactions]);

  const current = valueOf(summary);
  const shownSeries = valueOf(series);
  if (current === null || current.companyId !== companyId) {
    return (
      <div className="company-view">
        <LoadNote load={summary.status === 'ready' ? { status: 'loading' } : summary} />
      </div>
    );
  }
  return (
    <div className="company-view">
      <CompanyHeader summary={current} profile={valueOf(profile)} onBack={goHome} />
      <div className="view-toolbar">
        {knownSpan !== null ? (
          <FilterBar span={knownSpan} synced={current.span ?? null} />
        ) : (
          <LoadNote load={span} />
        )}
        {filter.range !== null && (
          <ExportMenu choices={companyExportChoices(companyId, filter.range, currency, filter.interval)} />
        )}
      </div>
      <ExportNotice />
      <ConversionBanner info={current.conversion} />
      <div className="company-view__notes">
        <ConversionNote info={current.conversion} />
        {shownSeries !== null && (
          <RangeNote bounds={shownSeries} from={shownSeries.from} to={shownSeries.to} />
        )}
      </div>
      <BalanceCards
        summary={
          valueOf(rangeSummary)?.companyId === companyId ? (valueOf(rangeSummary) ?? current) : current
        }
        current={current}
        interest={interest}
        forecast={forecast}
      />
      <BalanceChartPanel series={series} />
      {shownSeries !== null && <InternalTransfersNote series={shownSeries} />}
      <CountriesPanel countries={countries} />
      <CounterpartiesPanel counterparties={counterparties} companyId={companyId} onOpen={openCompany} />
      <TransactionsPanel transactions={transactions} />
    </div>
  );
}
