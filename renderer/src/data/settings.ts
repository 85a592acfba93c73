/**
 * The analyst's settings through the query cache: read once there is data, saved through
 * `settings:update`, after which every cached figure is stale (rates and rules change figures).
 */
import type { MethodInput } from '../../../shared/contract';
import type { SettingsUpdateResult } from '../../../shared/settings';
import type { Load } from '../store/load';
import { skipToken, useContractMutation, useContractQuery } from './hooks';
import { mutationLoad } from './mutation-load';

export function useSettings(enabled = true) {
  return useContractQuery('settingsGet', enabled ? undefined : skipToken);
}

export interface SettingsSaver {
  /** Resolves true once stored, false when the service refused (the reason is in `saving`). */
  readonly save: (update: NonNullable<MethodInput<'settingsUpdate'>>) => Promise<boolean>;
  readonly saving: Load<SettingsUpdateResult>;
}

export function useSaveSettings(): SettingsSaver {
  const mutation = useContractMutation('settingsUpdate', { invalidates: 'figures' });
  return {
    save: (update) =>
      mutation.mutateAsync(update).then(
        () => true,
        () => false,
      ),
    saving: mutationLoad(mutation),
  };
}
