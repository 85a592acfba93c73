/**
 * The analyst's display preferences, remembered in localStorage across reloads: the theme (or the
 * OS's), the table density and the last reporting currency chosen. They live in this window only;
 * settings that change figures live in the database (data/settings).
 */
import { create } from 'zustand';
import { browserStorage } from './browser-storage';
import { createJSONStorage, persist } from 'zustand/middleware';
import { reportingCurrencies, type ReportingCurrency } from '../../../shared/domain';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;
export const densities = ['comfortable', 'compact'] as const;
export type Density = (typeof densities)[number];

export interface Preferences {
  readonly theme: ThemeChoice;
  readonly density: Density;
  /** Null until the analyst picks one: the database's default reporting currency applies. */
  readonly currency: ReportingCurrency | null;
}

interface PreferencesState extends Preferences {
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly setDensity: (density: Density) => void;
  readonly setCurrency: (currency: ReportingCurrency) => void;
}

/** The theme on screen: the analyst's choice, or the OS's while that choice is "system". */
export function resolveTheme(choice: ThemeChoice, os: Theme): Theme {
  return choice === 'system' ? os : choice;
}

export const preferencesKey = 'cashflow-monitor:preferences';

/** Whatever localStorage holds (an older version, a hand edit) is read back field by field. */
export function readPreferences(stored: unknown): Partial<Preferences> {
  if (typeof stored !== 'object' || stored === null) return {};
  const record = stored as Record<string, unknown>;
  const pick = <T extends string>(choices: readonly T[], value: unknown): T | undefined =>
    choices.find((choice) => choice === value);
  const theme = pick(themeChoices, record['theme']);
  const density = pick(densities, record['density']);
  const currency = pick(reportingCurrencies, record['currency']);
  return {
    ...(theme === undefined ? {} : { theme }),
    ...(density === undefined ? {} : { density }),
    ...(currency === undefined ? {} : { currency }),
  };
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      theme: 'system',
      density: 'comfortable',
      currency: null,
      setTheme: (theme) => {
        set({ theme });
      },
      setDensity: (density) => {
        set({ density });
      },
      setCurrency: (currency) => {
        set({ currency });
      },
    }),
    {
      name: preferencesKey,
      version: 1,
      storage: createJSONStorage(browserStorage),
      partialize: ({ theme, density, currency }) => ({ theme, density, currency }),
      merge: (stored, current) => ({ ...current, ...readPreferences(stored) }),
    },
  ),
);
