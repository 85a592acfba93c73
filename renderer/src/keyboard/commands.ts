/**
 * What the command palette offers besides companies: the screens and the actions, each with the
 * words it is found by. Pure data plus the store calls they make, so the list is testable.
 */
import { reportingCurrencies } from '../../../shared/domain';
import { useFilterStore } from '../store/filter-store';
import { useHistoryStore } from '../store/history';
import { useNavStore } from '../store/nav-store';
import { themeChoices, usePreferencesStore } from '../store/preferences-store';

export interface Command {
  readonly id: string;
  readonly group: 'Screens' | 'Actions';
  readonly label: string;
  /** The key that does the same outside the palette, shown next to it. */
  readonly shortcut?: string;
  readonly run: () => void;
}

const themeNames = { system: 'follow the system', light: 'light', dark: 'dark' } as const;

/** Sync runs through the query cache's mutation, which only a component holds: it passes it in. */
export interface SyncCommand {
  readonly available: boolean;
  readonly syncNow: () => void;
}

export function paletteCommands(sync: SyncCommand): readonly Command[] {
  const nav = useNavStore.getState();
  const history = useHistoryStore.getState();
  const preferences = usePreferencesStore.getState();
  const screens: Command[] = [
    { id: 'screen-portfolio', group: 'Screens', label: 'Portfolio', run: nav.goHome },
    {
      id: 'screen-quality',
      group: 'Screens',
      label: 'Data quality',
      run: () => {
        nav.show('quality');
      },
    },
    {
      id: 'screen-settings',
      group: 'Screens',
      label: 'Settings',
      run: () => {
        nav.show('settings');
      },
    },
  ];
  const actions: Command[] = [
    { id: 'back', group: 'Actions', label: 'Go back', shortcut: 'Alt+←', run: history.back },
    { id: 'forward', group: 'Actions', label: 'Go forward', shortcut: 'Alt+→', run: history.forward },
    ...themeChoices
      .filter((theme) => theme !== preferences.theme)
      .map((theme): Command => ({
        id: `theme-${theme}`,
        group: 'Actions',
        label: `Theme: ${themeNames[theme]}`,
        run: () => {
          preferences.setTheme(theme);
        },
      })),
    {
      id: 'density',
      group: 'Actions',
      label: preferences.density === 'compact' ? 'Comfortable rows' : 'Compact rows',
      run: () => {
        preferences.setDensity(preferences.density === 'compact' ? 'comfortable' : 'compact');
      },
    },
    ...reportingCurrencies
      .filter((currency) => currency !== useFilterStore.getState().filter.currency)
      .map((currency): Command => ({
        id: `currency-${currency}`,
        group: 'Actions',
        label: `Show figures in ${currency}`,
        run: () => {
          useFilterStore.getState().setCurrency(currency);
        },
      })),
  ];
  if (sync.available) actions.push({ id: 'sync', group: 'Actions', label: 'Sync now', run: sync.syncNow });
  return [...screens, ...actions];
}

/** Case-insensitive: every word of the text appears in the label. */
export function matchesText(label: string, text: string): boolean {
  const haystack = label.toLowerCase();
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}
