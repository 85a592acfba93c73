/** The `app:info` service: version, data directory, database size, and whether there is any data. */
import { statSync } from 'node:fs';
import type { AppInfo } from '../../shared/app-info';
import { AppFailure, toAppError } from '../../shared/result';
import { countCompanies } from '../db/queries/companies';
import type { DatabaseProvider } from './database-provider';

export interface AppIdentity {
  readonly name: string;
  readonly version: string;
  readonly dataDirectory: string;
  readonly databasePath: string;
}

export function readAppInfo(identity: AppIdentity, database?: DatabaseProvider): AppInfo {
  return {
    ...identity,
    // The write-ahead log holds recent writes until a checkpoint: it is part of the data's size.
    databaseBytes: fileSize(identity.databasePath) + fileSize(`${identity.databasePath}-wal`),
    runtime: `Node ${process.versions.node}${process.versions['electron'] ? `, Electron ${process.versions['electron']}` : ''}`,
    ...dataPresence(database),
  };
}

/**
 * No database file yet (the provider answers not-found) or no company in it: nothing to show. A file
 * that cannot be read is no data either, with the reason, so the frame still starts and says why.
 */
function dataPresence(database: DatabaseProvider | undefined): Pick<AppInfo, 'hasData' | 'dataProblem'> {
  if (database === undefined) return { hasData: false, dataProblem: null };
  try {
    return { hasData: countCompanies(database.read()) > 0, dataProblem: null };
  } catch (cause) {
    if (cause instanceof AppFailure && cause.code === 'not-found')
      return { hasData: false, dataProblem: null };
    return { hasData: false, dataProblem: toAppError(cause) };
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
