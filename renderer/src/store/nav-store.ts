/** Which section of the app is on screen: the portfolio (home or a company), data quality or settings. */
import { create } from 'zustand';
import { useFilterStore } from './filter-store';

export type Section = 'portfolio' | 'quality' | 'settings';

interface NavState {
  readonly section: Section;
  readonly show: (section: Section) => void;
  /** Opens a company from anywhere (search, quality report): the company lives in the portfolio section. */
  readonly openCompany: (companyId: number) => void;
}

export const useNavStore = create<NavState>()((set) => ({
  section: 'portfolio',
  show: (section) => {
    set({ section });
  },
  openCompany: (companyId) => {
    set({ section: 'portfolio' });
    useFilterStore.getState().openCompany(companyId);
  },
}));
