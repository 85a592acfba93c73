/** Opens a database file read-only for one look and always closes it again. */
import { openReadableDatabase, type ReadableDb } from '../../electron/db/connection';

export function readDatabase<T>(path: string, use: (db: ReadableDb) => T): T {
  const db = openReadableDatabase(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}
