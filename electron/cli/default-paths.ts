/**
 * Where the desktop app keeps its database, found without Electron: the platform's user-data
 * directory for "Cashflow Monitor" (what Electron's `app.getPath('userData')` answers), joined the
 * same way as the app does. CLI commands default to it so that they read what the app synced.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { databasePathIn } from '../main/paths';

export const productName = 'Cashflow Monitor';

export function userDataDirectory(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  const config = env['XDG_CONFIG_HOME'];
  return join(config !== undefined && config !== '' ? config : join(home, '.config'), productName);
}

export function defaultDatabasePath(): string {
  return databasePathIn(userDataDirectory());
}
