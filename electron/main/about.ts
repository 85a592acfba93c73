/** The text of Help → About: what the app is, its version and runtime, where its data lives. */
import type { AppInfo } from '../../shared/app-info';
import { formatBytes } from '../../shared/format';

export function aboutDetail(info: AppInfo, logFile: string): string {
  return [
    `Version ${info.version} (${info.runtime})`,
    '',
    `Data folder: ${info.dataDirectory}`,
    `Database: ${info.databasePath} (${formatBytes(info.databaseBytes)})`,
    `Log file: ${logFile}`,
  ].join('\n');
}
