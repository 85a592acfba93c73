/** The application frame: title bar, navigation, the current view and the status bar. */
import { useEffect } from 'react';
import { EmptyState } from './components/EmptyState';
import { StatusBar } from './components/StatusBar';
import { useAppStore } from './store/app-store';

export function App() {
  const loadInfo = useAppStore((state) => state.loadInfo);
  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  return (
    <div className="app">
      <header className="title-bar">
        <h1>Cashflow Monitor</h1>
        <input className="search" type="search" placeholder="Search companies by name, IBAN or id" aria-label="Search companies" disabled />
      </header>
      <main className="content">
        <EmptyState title="No data yet">
          <p>Connect a CDM API source or start with demo data to see your clients' cash flow.</p>
        </EmptyState>
      </main>
      <StatusBar />
    </div>
  );
}
