/**
 * What SQLite says when the database cannot take a write, as one sentence with a stable code: a full
 * disk (or a size cap) and a read-only file or folder are the analyst's to fix, not bugs. What was
 * committed before stays intact; the next sync resumes from it.
 */
import Database from 'better-sqlite3';
import type { AppError } from '../../shared/result';

const sentences: readonly (readonly [RegExp, string])[] = [
  [
    /^SQLITE_FULL$/,
    'The disk holding the database is full; free some space and sync again, which resumes from what was saved.',
  ],
  [
    /^SQLITE_READONLY/,
    'The database is read-only (its file or folder cannot be written); make it writable and sync again, which resumes from what was saved.',
  ],
  [
    /^SQLITE_CANTOPEN$/,
    'The database file cannot be opened for writing; check that its folder exists and can be written, then sync again.',
  ],
  [
    /^SQLITE_IOERR/,
    'The database file could not be written (a disk or file-system error); check the disk and sync again, which resumes from what was saved.',
  ],
];

/** The AppError for a failed database write, or null when `cause` is not one. */
export function databaseWriteError(cause: unknown): AppError | null {
  if (!(cause instanceof Database.SqliteError)) return null;
  const found = sentences.find(([code]) => code.test(cause.code));
  return found === undefined ? null : { code: 'write-failed', message: found[1] };
}
