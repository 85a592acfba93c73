/**
 * Where the app keeps its files, found the same way with or without Electron: the database in the
 * platform's user-data folder for "Cashflow Monitor" (what Electron's `app.getPath('userData')`
 * answers, so the CLI reads what the app synced), and regenerable data such as the simulator's cache
 * in the platform's cache folder (~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on
 * Windows), never among the user's documents or settings.
 */
import envPaths from 'env-paths';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const productName = 'Cashflow Monitor';

export function databasePathIn(dataDirectory: string): string {
  return join(dataDirectory, 'cashflow.sqlite');
}

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

/** The platform's cache folder for this app (env-paths reads XDG_CACHE_HOME and LOCALAPPDATA). */
export function cacheDirectory(): string {
  return envPaths('cashflow-monitor', { suffix: '' }).cache;
}
