/**
 * The analyst's settings: loaded once at start (the reporting currency seeds the filter), changed
 * through `settings:update`, which answers with the settings as stored.
 */
import { create } from 'zustand';
import type { Settings, SettingsUpdateResult } from '../../../shared/settings';
import type { MethodInput } from '../../../shared/contract';
import { getApi } from '../api/client';
import { idle, settle, type Load } from './load';
import { useFilterStore } from './filter-store';
import { usePreferencesStore } from './preferences-store';

interface SettingsState {
  readonly settings: Load<Settings>;
  readonly saving: Load<SettingsUpdateResult>;
  readonly load: () => Promise<void>;
  readonly save: (update: NonNullable<MethodInput<'settingsUpdate'>>) => Promise<boolean>;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: idle,
  saving: idle,
  load: async () => {
    set({ settings: { status: 'loading' } });
    const settings = await settle(getApi().settingsGet());
    set({ settings });
    // The stored default applies until the analyst picks a currency on screen (remembered then).
    if (settings.status === 'ready' && usePreferencesStore.getState().currency === null)
      useFilterStore.getState().setCurrency(settings.value.reportingCurrency);
  },
  save: async (update) => {
    set({ saving: { status: 'loading' } });
    const saving = await settle(getApi().settingsUpdate(update));
    set({ saving });
    if (saving.status !== 'ready') return false;
    set({ settings: { status: 'ready', value: saving.value.settings } });
    return true;
  },
}));
