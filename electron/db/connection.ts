/**
 * Opening the app's SQLite database. Handles are branded: code that only reads takes a ReadableDb,
 * code that writes needs a WritableDb, so a query module cannot be handed the wrong connection.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
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
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  applyPragmas(db, false);
  migrate(db);
  return db as WritableDb;
}

export function openReadableDatabase(path: string): ReadableDb {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  applyPragmas(db, true);
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
