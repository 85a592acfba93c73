/**
 * The data-quality screen's UI state: the company row the keyboard is on, kept while a company
 * opened from the report is shown. The report itself lives in the query cache (data/portfolio).
 */
import { create } from 'zustand';

interface QualityState {
  readonly activeCompany: number | null;
  readonly setActiveCompany: (companyId: number) => void;
}

export const useQualityStore = create<QualityState>()((set) => ({
  activeCompany: null,
  setActiveCompany: (companyId) => {
    set({ activeCompany: companyId });
  },
}));
