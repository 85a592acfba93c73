/**
 * How services reach the database: one read connection, opened on first use. The sync worker owns
 * the only writer; WAL lets this connection read while it writes.
 */
import { existsSync } from 'node:fs';
import { AppFailure } from '../../shared/result';
import {
  openReadableDatabase,
  openWritableDatabase,
  type ReadableDb,
  type WritableDb,
} from '../db/connection';

export interface DatabaseProvider {
  readonly path: string;
  /** The read connection; throws not-found when nothing has been synced yet. */
  read(): ReadableDb;
  /**
   * A writable connection for small writes from the main process (settings), opened on first use;
   * the sync worker stays the main writer, WAL and the busy timeout let both take turns.
   */
  write(): WritableDb;
  close(): void;
}

export interface FileProviderOptions {
  /**
   * Whether this process may bring an older schema up to date before reading (the desktop app, which
   * is a writer too). The CLI's queries and reports never change the file: they read as it is, or
   * refuse a database that needs migrating.
   */
  readonly migrate?: boolean;
}

export function fileDatabaseProvider(path: string, options: FileProviderOptions = {}): DatabaseProvider {
  let connection: ReadableDb | null = null;
  let writer: WritableDb | null = null;
  return {
    path,
    read() {
      if (connection !== null) return connection;
      if (!existsSync(path)) {
        throw new AppFailure('not-found', 'No data yet: connect a CDM source or start the demo data first.');
      }
      // Bring the schema up to date once (when allowed), then read through a read-only handle.
      if (options.migrate !== false) openWritableDatabase(path).close();
      connection = openReadableDatabase(path);
      return connection;
    },
    write() {
      writer ??= openWritableDatabase(path);
      return writer;
    },
    close() {
      connection?.close();
      connection = null;
      writer?.close();
      writer = null;
    },
  };
}

/** A provider over an already open database (tests, the CLI's single connection). */
export function openedDatabaseProvider(db: WritableDb, path = ':memory:'): DatabaseProvider {
  return {
    path,
    read: () => db,
    write: () => db,
    close: () => {
      db.close();
    },
  };
}
