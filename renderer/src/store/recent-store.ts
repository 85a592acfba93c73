/** The companies the analyst opened lately, newest first, for the command palette; remembered across reloads. */
import { create } from 'zustand';
import { browserStorage } from './browser-storage';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface RecentCompany {
  readonly companyId: number;
  readonly name: string;
}

export const recentLimit = 8;

interface RecentState {
  readonly companies: readonly RecentCompany[];
  readonly remember: (company: RecentCompany) => void;
}

function isRecent(value: unknown): value is RecentCompany {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Number.isSafeInteger(record['companyId']) && typeof record['name'] === 'string';
}

export const useRecentStore = create<RecentState>()(
  persist(
    (set) => ({
      companies: [],
      remember: (company) => {
        set(({ companies }) => ({
          companies: [company, ...companies.filter((c) => c.companyId !== company.companyId)].slice(
            0,
            recentLimit,
          ),
        }));
      },
    }),
    {
      name: 'cashflow-monitor:recent-companies',
      version: 1,
      storage: createJSONStorage(browserStorage),
      partialize: ({ companies }) => ({ companies }),
      merge: (stored, current) => {
        const list = (stored as { companies?: unknown } | undefined)?.companies;
        return {
          ...current,
          companies: Array.isArray(list) ? list.filter(isRecent).slice(0, recentLimit) : [],
        };
      },
    },
  ),
);
