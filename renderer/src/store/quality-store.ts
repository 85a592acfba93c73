/** The data-quality report, loaded when its view opens and again when the currency changes. */
import { create } from 'zustand';
import type { ReportingCurrency } from '../../../shared/domain';
import type { QualityReport } from '../../../shared/quality';
import { getApi } from '../api/client';
import { idle, settle, type Load } from './load';

interface QualityState {
  readonly report: Load<QualityReport>;
  readonly load: (currency: ReportingCurrency) => Promise<void>;
  /** The company row the keyboard is on, kept while a company opened from the report is shown. */
  readonly activeCompany: number | null;
  readonly setActiveCompany: (companyId: number) => void;
}

let ticket = 0;

export const useQualityStore = create<QualityState>()((set) => ({
  report: idle,
  activeCompany: null,
  setActiveCompany: (companyId) => {
    set({ activeCompany: companyId });
  },
  load: async (currency) => {
    const mine = ++ticket;
    set({ report: { status: 'loading' } });
    const report = await settle(getApi().qualityReport({ currency, samples: 5, companies: 20 }));
    if (mine === ticket) set({ report });
  },
}));
