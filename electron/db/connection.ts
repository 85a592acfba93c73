/**
 * Opening the app's SQLite database. Handles are branded: code that only reads takes a ReadableDb,
 * code that writes needs a WritableDb, so a query module cannot be handed the wrong connection.
 */
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../../shared/result';
import { backUpBeforeMigration, removeOldBackups } from './backups';
import { assertOurDatabaseFile } from './file-guard';
import { migrate, pendingFrom, schemaVersion } from './migrate';
import { registerTxnIdent } from './txn-ident';

declare const readable: unique symbol;
declare const writable: unique symbol;

export type ReadableDb = Database.Database & { readonly [readable]: true };
export type WritableDb = ReadableDb & { readonly [writable]: true };

export interface OpenOptions {
  /** Open an existing database for reading only (query services, reader workers). */
  readonly readonly?: boolean;
}

function applyPragmas(db: Database.Database, isReadonly: boolean): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  // Memory-mapped reads help the query side; the writer gains little from them and every mapped
  // page it touches would count in the sync worker's resident memory.
  db.pragma(isReadonly ? 'mmap_size = 268435456' : 'mmap_size = 0');
  if (!isReadonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // The sync commits tens of thousands of records at a time; checkpointing after every such
    // commit (the default threshold is 1,000 pages) copied the same hot pages into the file again
    // and again. A larger threshold lets one checkpoint carry many commits.
    db.pragma('wal_autocheckpoint = 16384');
    db.pragma('foreign_keys = ON');
  }
}

/**
 * Opens the database that the sync writes into: created where no file exists, migrated when older
 * (after a backup copy), refused when the file is not one of ours.
 */
export function openWritableDatabase(path: string): WritableDb {
  const onDisk = path !== ':memory:';
  if (onDisk) {
    assertOurDatabaseFile(path);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  }
  const db = new Database(path);
  try {
    applyPragmas(db, false);
    registerTxnIdent(db);
    if (onDisk) keepPrivate(path);
    const from = pendingFrom(db);
    if (onDisk && from > 0 && from < schemaVersion) backUpBeforeMigration(db, path, from);
    else if (onDisk && from === schemaVersion) removeOldBackups(path);
    migrate(db);
  } catch (cause) {
    // A database that cannot be prepared is closed here, not leaked to the caller's error path.
    db.close();
    throw cause;
  }
  return db as WritableDb;
}

/**
 * Banking data is readable by its user only: the file and its write-ahead log and shared-memory
 * companions 0600 (a no-op where the file system has no modes, as on Windows).
 */
function keepPrivate(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

/**
 * Opens an existing database for reading only; nothing about the file changes. One whose schema is
 * older than this app's is refused: only the writer migrates (open it in the app, or sync it).
 */
export function openReadableDatabase(path: string): ReadableDb {
  assertOurDatabaseFile(path);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyPragmas(db, true);
    const version = pendingFrom(db);
    if (version < schemaVersion) {
      throw new AppFailure(
        'db-too-old',
        `${path} was written by an older Cashflow Monitor (schema ${version}); open it in the app or sync it once to bring it up to date.`,
      );
    }
  } catch (cause) {
    db.close();
    throw cause;
  }
  return db as ReadableDb;
}

/**
 * A read-only connection for one long export: no memory map and a small page cache, because every
 * mapped or cached page of a file read end to end counts in the process's resident memory, and a
 * million-row export would otherwise hold most of the database there. Sorts and temporary indexes
 * spill to disk instead of memory.
 */
export function openStreamingDatabase(path: string): ReadableDb {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -2048');
  db.pragma('mmap_size = 0');
  db.pragma('temp_store = FILE');
  return db as ReadableDb;
}

/** A fresh in-memory database built from the migrations, for tests. */
export function openMemoryDatabase(): WritableDb {
  return openWritableDatabase(':memory:');
}
