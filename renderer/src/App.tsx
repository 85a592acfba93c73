/**
 * The application frame: title bar with sections, search and theme, the current view in a column
 * that stops growing on very wide screens, the status bar, and the command palette; plus the
 * app-wide keys and the navigation history's scroll memory.
 */
import { lazy, Suspense, useEffect } from 'react';
import { CommandPalette } from './components/CommandPalette';
import { SearchBox, searchInputId } from './components/SearchBox';
import { StatusBar } from './components/StatusBar';
import { ThemeSwitch } from './components/ThemeSwitch';
import { useDataPresence } from './data/app-state';
import { useSettings } from './data/settings';
import { useScrollMemory } from './display/scroll-memory';
import { useGlobalShortcuts } from './keyboard/shortcuts';
import { useFilterStore } from './store/filter-store';
import { useNavStore, type Section } from './store/nav-store';
import { usePreferencesStore } from './store/preferences-store';
import { HomeView } from './views/HomeView';
import { QualityView } from './views/QualityView';
import { SettingsView } from './views/SettingsView';

// The company view carries ECharts: loaded on first use, so the portfolio appears without waiting for it.
const CompanyView = lazy(() =>
  import('./views/CompanyView').then((module) => ({ default: module.CompanyView })),
);

/** The palette's modifier as the analyst's keyboard labels it. */
const commandKey = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent) ? '⌘' : 'Ctrl';

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
  const goHome = useNavStore((state) => state.goHome);
  const company = useFilterStore((state) => state.filter.company);
  const setCurrency = useFilterStore((state) => state.setCurrency);
  useGlobalShortcuts(searchInputId);
  const content = useScrollMemory({ section, company: section === 'portfolio' ? company : null });
  const hasData = useDataPresence().status === 'present';
  // Settings live in the database: read once there is one; its default currency seeds the filter
  // until the analyst has chosen a currency on screen (remembered in the preferences).
  const defaultCurrency = useSettings(hasData).data?.reportingCurrency;
  useEffect(() => {
    if (defaultCurrency !== undefined && usePreferencesStore.getState().currency === null)
      setCurrency(defaultCurrency);
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
                else show(target);
              }}
            >
              {label}
            </button>
          ))}
        </nav>
        <SearchBox />
        <span className="title-bar__hint" aria-hidden="true">
          <kbd>{commandKey}</kbd> <kbd>K</kbd>
        </span>
        <ThemeSwitch label="Theme" className="title-bar__select" />
      </header>
      <main className="content" ref={content}>
        <div className="content__column">
          <CurrentView />
        </div>
      </main>
      <StatusBar />
      <CommandPalette />
    </div>
  );
}
