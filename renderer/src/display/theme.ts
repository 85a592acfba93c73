/**
 * Applies the display preferences to the page: the resolved theme (the analyst's choice, or the
 * OS's through prefers-color-scheme while that choice is "system") and the density, as attributes
 * on <html> that styles/theme.css reads. Charts follow through useChartLook.
 */
import { create } from 'zustand';
import { screenLooks, type ChartLook } from '../../../shared/charts/palette';
import { resolveTheme, usePreferencesStore, type Theme } from '../store/preferences-store';

const darkQuery = '(prefers-color-scheme: dark)';

function osTheme(): Theme {
  return typeof matchMedia === 'function' && !matchMedia(darkQuery).matches ? 'light' : 'dark';
}

/** The OS's current scheme, kept up to date while the app runs. */
const useOsThemeStore = create<{ readonly theme: Theme }>()(() => ({ theme: osTheme() }));

export function useTheme(): Theme {
  const choice = usePreferencesStore((state) => state.theme);
  const os = useOsThemeStore((state) => state.theme);
  return resolveTheme(choice, os);
}

export function useChartLook(): ChartLook {
  return screenLooks[useTheme()];
}

/** Starts keeping <html>'s data-theme and data-density in step with the preferences and the OS. */
export function applyDisplay(root: HTMLElement): void {
  const apply = () => {
    const { theme, density } = usePreferencesStore.getState();
    root.dataset['theme'] = resolveTheme(theme, useOsThemeStore.getState().theme);
    root.dataset['density'] = density;
  };
  apply();
  usePreferencesStore.subscribe(apply);
  useOsThemeStore.subscribe(apply);
  if (typeof matchMedia === 'function') {
    matchMedia(darkQuery).addEventListener('change', () => {
      useOsThemeStore.setState({ theme: osTheme() });
    });
  }
}
