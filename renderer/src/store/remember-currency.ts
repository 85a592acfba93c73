/**
 * The reporting currency on screen is remembered across reloads: restored from the preferences at
 * start, saved whenever it changes. The database's default currency applies only until the analyst
 * has chosen one (App).
 */
import { useFilterStore } from './filter-store';
import { usePreferencesStore } from './preferences-store';

export function startRememberingCurrency(): void {
  const remembered = usePreferencesStore.getState().currency;
  if (remembered !== null) useFilterStore.getState().setCurrency(remembered);
  useFilterStore.subscribe((state, previous) => {
    if (state.filter.currency !== previous.filter.currency)
      usePreferencesStore.getState().setCurrency(state.filter.currency);
  });
}
