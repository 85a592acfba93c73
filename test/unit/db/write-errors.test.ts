import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseWriteError } from '../../../electron/db/write-errors';

describe('a failed database write as a sentence', () => {
  it.each([
    ['SQLITE_FULL', /full/],
    ['SQLITE_READONLY', /read-only/],
    ['SQLITE_READONLY_DIRECTORY', /read-only/],
    ['SQLITE_CANTOPEN', /cannot be opened/],
    ['SQLITE_IOERR_WRITE', /disk or file-system error/],
  ])('%s answers write-failed with one sentence', (code, sentence) => {
    const error = databaseWriteError(new Database.SqliteError('low-level text', code));
    expect(error?.code).toBe('write-failed');
    expect(error?.message).toMatch(sentence);
    expect(error?.message).not.toContain('low-level text');
  });

  it('leaves other failures to the caller', () => {
    expect(databaseWriteError(new Database.SqliteError('no such table: x', 'SQLITE_ERROR'))).toBeNull();
    expect(databaseWriteError(new Error('SQLITE_FULL'))).toBeNull();
  });
});
