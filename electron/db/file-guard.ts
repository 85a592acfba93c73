/**
 * Which files the app may open as its database. A file that is empty, not SQLite, or a SQLite
 * database of another program is refused with a sentence and left byte-for-byte as it was: the app
 * creates its database only where no file exists.
 */
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { AppFailure } from '../../shared/result';
import { applicationId } from './migrate';

function notOurs(path: string, why: string): AppFailure {
  return new AppFailure(
    'not-a-database',
    `${path} is not a Cashflow Monitor database (${why}); it was left untouched.`,
  );
}

/** Throws not-a-database unless `path` is missing (to be created) or holds one of our databases. */
export function assertOurDatabaseFile(path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return;
  }
  if (size === 0) throw notOurs(path, 'the file is empty');
  let probe: Database.Database | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    const id = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    // Databases from before the application id existed carry 0 there and a schema version.
    if (id !== applicationId && !(id === 0 && version > 0)) throw notOurs(path, 'another program’s database');
  } catch (cause) {
    if (cause instanceof AppFailure) throw cause;
    throw notOurs(path, 'not an SQLite file');
  } finally {
    probe?.close();
  }
}
