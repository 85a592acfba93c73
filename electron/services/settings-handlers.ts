/** The settings methods of the contract: read every setting, and change some of them at once. */
import type { Services } from '../../shared/api';
import { readSettings, updateSettings } from '../settings/settings';
import type { DatabaseProvider } from './database-provider';

export type SettingsHandlers = Pick<Services, 'settingsGet' | 'settingsUpdate'>;

export function settingsHandlers(database: DatabaseProvider): SettingsHandlers {
  return {
    settingsGet: () => readSettings(database.read()),
    settingsUpdate: (update) => updateSettings(database.write(), update),
  };
}
