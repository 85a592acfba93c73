/** The application frame: title bar with search, the current view (home or a company) and the status bar. */
import { useEffect } from 'react';
import { SearchBox } from './components/SearchBox';
import { StatusBar } from './components/StatusBar';
import { useAppStore } from './store/app-store';
import { useFilterStore } from './store/filter-store';
import { useHomeStore } from './store/home-store';
import { CompanyView } from './views/CompanyView';
import { HomeView } from './views/HomeView';

export function App() {
  const loadInfo = useAppStore((state) => state.loadInfo);
  const checkData = useHomeStore((state) => state.checkData);
  const company = useFilterStore((state) => state.filter.company);
  useEffect(() => {
    void loadInfo();
    void checkData();
  }, [loadInfo, checkData]);

  return (
    <div className="app">
      <header className="title-bar">
        <h1>Cashflow Monitor</h1>
        <SearchBox />
      </header>
      <main className="content">{company === null ? <HomeView /> : <CompanyView key={company} companyId={company} />}</main>
      <StatusBar />
    </div>
  );
}
