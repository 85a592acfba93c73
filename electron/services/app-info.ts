/** The `app:info` service: version, data directory and database size. */
import { statSync } from 'node:fs';
import type { AppInfo } from '../../shared/app-info';

export interface AppIdentity {
  readonly name: string;
  readonly version: string;
  readonly dataDirectory: string;
  readonly databasePath: string;
}

export function readAppInfo(identity: AppIdentity): AppInfo {
  return {
    ...identity,
    // The write-ahead log holds recent writes until a checkpoint: it is part of the data's size.
    databaseBytes: fileSize(identity.databasePath) + fileSize(`${identity.databasePath}-wal`),
    runtime: `Node ${process.versions.node}${process.versions['electron'] ? `, Electron ${process.versions['electron']}` : ''}`,
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
