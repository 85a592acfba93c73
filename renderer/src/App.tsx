/** The application frame: title bar with sections and search, the current view, and the status bar. */
import { lazy, Suspense, useEffect } from 'react';
import { SearchBox } from './components/SearchBox';
import { StatusBar } from './components/StatusBar';
import { useDataPresence } from './data/app-state';
import { useSettings } from './data/settings';
import { useFilterStore } from './store/filter-store';
import { useNavStore, type Section } from './store/nav-store';
import { HomeView } from './views/HomeView';
import { QualityView } from './views/QualityView';
import { SettingsView } from './views/SettingsView';

// The company view carries ECharts: loaded on first use, so the portfolio appears without waiting for it.
const CompanyView = lazy(() =>
  import('./views/CompanyView').then((module) => ({ default: module.CompanyView })),
);

const sections: readonly { readonly section: Section; readonly label: string }[] = [
  { section: 'portfolio', label: 'Portfolio' },
  { section: 'quality', label: 'Data quality' },
  { section: 'settings', label: 'Settings' },
];

function CurrentView() {
  const section = useNavStore((state) => state.section);
  const company = useFilterStore((state) => state.filter.company);
  if (section === 'quality') return <QualityView />;
  if (section === 'settings') return <SettingsView />;
  if (company === null) return <HomeView />;
  return (
    <Suspense fallback={<p className="note">Loading…</p>}>
      <CompanyView key={company} companyId={company} />
    </Suspense>
  );
}

export function App() {
  const section = useNavStore((state) => state.section);
  const show = useNavStore((state) => state.show);
  const goHome = useFilterStore((state) => state.goHome);
  const setCurrency = useFilterStore((state) => state.setCurrency);
  const hasData = useDataPresence().status === 'present';
  // Settings live in the database: read once there is one; its default currency seeds the filter.
  const defaultCurrency = useSettings(hasData).data?.reportingCurrency;
  useEffect(() => {
    if (defaultCurrency !== undefined) setCurrency(defaultCurrency);
  }, [defaultCurrency, setCurrency]);

  return (
    <div className="app">
      <header className="title-bar">
        <h1>Cashflow Monitor</h1>
        <nav className="sections" aria-label="Sections">
          {sections.map(({ section: target, label }) => (
            <button
              key={target}
              type="button"
              aria-current={section === target ? 'page' : undefined}
              disabled={!hasData}
              onClick={() => {
                // The Portfolio tab always leads back to the table, also from inside a company.
                if (target === 'portfolio') goHome();
                show(target);
              }}
            >
              {label}
            </button>
          ))}
        </nav>
        <SearchBox />
      </header>
      <main className="content">
        <CurrentView />
      </main>
      <StatusBar />
    </div>
  );
}
