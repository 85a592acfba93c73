/**
 * The home view: the empty state when nothing has been synced, otherwise the portfolio of every
 * company with the analyst's filters (overdrawn now, went overdrawn in a range, name) and sorting.
 */
import { useEffect, useState } from 'react';
import { formatCount } from '../../../shared/format';
import { ConversionBanner, ConversionNote } from '../components/ConversionNote';
import { EmptyState } from '../components/EmptyState';
import { ExportMenu, portfolioExportChoices } from '../components/ExportMenu';
import { ExportNotice } from '../components/ExportNotice';
import { IsoDateInput } from '../components/IsoDateInput';
import { PageHeading } from '../components/PageHeading';
import { LoadNote, Panel } from '../components/Panel';
import { PortfolioTable } from '../components/PortfolioTable';
import { SourceSetup } from '../components/SourceSetup';
import { useDataPresence } from '../data/app-state';
import { loadOf } from '../data/hooks';
import { usePortfolio } from '../data/portfolio';
import { useFilterStore } from '../store/filter-store';
import { useNavStore } from '../store/nav-store';
import { usePortfolioStore } from '../store/portfolio-store';

/** Same pause as the title-bar search: filter as the analyst types, not on every key. */
const typingPauseMs = 120;

function PortfolioPanel() {
  const currency = useFilterStore((state) => state.filter.currency);
  const openCompany = useNavStore((state) => state.openCompany);
  const query = usePortfolioStore((state) => state.query);
  const setQuery = usePortfolioStore((state) => state.setQuery);
  const result = loadOf(usePortfolio(query, currency));
  const [text, setText] = useState(query.text);
  const [rangeProblem, setRangeProblem] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (text !== usePortfolioStore.getState().query.text) setQuery({ text });
    }, typingPauseMs);
    return () => {
      clearTimeout(timer);
    };
  }, [text, setQuery]);

  const value = result.status === 'ready' ? result.value : null;
  const overdrawnOnly = query.filter === 'overdrawn-now';
  const wentOverdrawn = query.filter === 'went-overdrawn';
  // The range the service used (its default, 30 days to the last synced day, until one is typed).
  const from = query.range?.from ?? value?.from ?? '';
  const to = query.range?.to ?? value?.to ?? '';
  const setRange = (change: { readonly from?: string; readonly to?: string }) => {
    if (from === '' || to === '') return;
    const next = { from, to, ...change };
    if (next.from > next.to) {
      setRangeProblem(`The range would start (${next.from}) after it ends (${next.to}).`);
      return;
    }
    setRangeProblem(null);
    setQuery({ range: next, filter: 'went-overdrawn' });
  };
  return (
    <Panel
      title="Portfolio"
      actions={
        <div className="panel__actions">
          {value !== null && (
            <span className="dim">
              As of {value.asOf ?? '—'} · {value.currency}
            </span>
          )}
          <input
            className="input"
            type="search"
            placeholder="Filter by name"
            aria-label="Filter companies by name"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
          <label className="toggle">
            <input
              type="checkbox"
              checked={overdrawnOnly}
              onChange={(event) => {
                setQuery({ filter: event.target.checked ? 'overdrawn-now' : 'all' });
              }}
            />
            Overdrawn now
            {value !== null && (
              <span className="badge badge--debt">{formatCount(value.overdrawnNowCount)}</span>
            )}
          </label>
          <span className="portfolio-range">
            <label className="toggle">
              <input
                type="checkbox"
                checked={wentOverdrawn}
                onChange={(event) => {
                  setQuery({ filter: event.target.checked ? 'went-overdrawn' : 'all' });
                }}
              />
              Went overdrawn between
            </label>
            <IsoDateInput
              label="Went overdrawn from"
              value={from}
              onChange={(day) => {
                setRange({ from: day });
              }}
            />
            and
            <IsoDateInput
              label="Went overdrawn to"
              value={to}
              onChange={(day) => {
                setRange({ to: day });
              }}
            />
          </span>
          {rangeProblem !== null && (
            <span className="note note--error" role="alert">
              {rangeProblem}
            </span>
          )}
          <ExportMenu choices={portfolioExportChoices(currency)} />
        </div>
      }
    >
      <ExportNotice />
      {value !== null && <ConversionBanner info={value.conversion} />}
      {value !== null && <ConversionNote info={value.conversion} />}
      {value === null ? <LoadNote load={result} /> : <PortfolioTable result={value} onOpen={openCompany} />}
    </Panel>
  );
}

export function HomeView() {
  const presence = useDataPresence();
  if (presence.status === 'checking') return <p className="note">Opening the database…</p>;
  if (presence.status !== 'present') {
    return (
      <EmptyState title="No data yet">
        <p>{presence.error.message}</p>
        <p>Connect a CDM API source or start with demo data to see your clients' cash flow.</p>
        <SourceSetup />
      </EmptyState>
    );
  }
  return (
    <div className="home">
      <PageHeading className="visually-hidden">Portfolio</PageHeading>
      <PortfolioPanel />
    </div>
  );
}
