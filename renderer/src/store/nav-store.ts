/** Which section of the app is on screen: the portfolio (home or a company), data quality or settings. */
import { create } from 'zustand';
import { useFilterStore } from './filter-store';
import { useRecentStore } from './recent-store';

export type Section = 'portfolio' | 'quality' | 'settings';

interface NavState {
  readonly section: Section;
  readonly show: (section: Section) => void;
  /** Opens a company from anywhere (search, quality report): the company lives in the portfolio section. */
  readonly openCompany: (companyId: number, name?: string) => void;
  /** The portfolio table, also from inside a company. */
  readonly goHome: () => void;
}

export const useNavStore = create<NavState>()((set) => ({
  section: 'portfolio',
  show: (section) => {
    set({ section });
  },
  // The company changes before the section, so that the history records one step, not two.
  openCompany: (companyId, name) => {
    if (name !== undefined) useRecentStore.getState().remember({ companyId, name });
    if (useFilterStore.getState().filter.company !== companyId)
      useFilterStore.getState().openCompany(companyId);
    set({ section: 'portfolio' });
  },
  goHome: () => {
    if (useFilterStore.getState().filter.company !== null) useFilterStore.getState().goHome();
    set({ section: 'portfolio' });
  },
}));
