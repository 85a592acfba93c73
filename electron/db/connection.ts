/**
 * Opening the app's SQLite database. Handles are branded: code that only reads takes a ReadableDb,
 * code that writes needs a WritableDb, so a query module cannot be handed the wrong connection.
 */
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';

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

/** Opens (creating and migrating when needed) the database that the sync writes into. */
export function openWritableDatabase(path: string): WritableDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const db = new Database(path);
  try {
    applyPragmas(db, false);
    if (path !== ':memory:') keepPrivate(path);
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

export function openReadableDatabase(path: string): ReadableDb {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  applyPragmas(db, true);
  return db as ReadableDb;
}

/** A fresh in-memory database built from the migrations, for tests. */
export function openMemoryDatabase(): WritableDb {
  return openWritableDatabase(':memory:');
}
