/**
 * Schema migrations tracked by `PRAGMA user_version`: each migration runs once, in its own
 * transaction, in order. A database written by a newer app is refused rather than damaged.
 */
import type Database from 'better-sqlite3';
import { AppFailure } from '../../shared/result';
import { migrations } from './migrations/index';

export const schemaVersion = migrations.at(-1)?.version ?? 0;

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > schemaVersion) {
    throw new AppFailure(
      'db-too-new',
      `The database was written by a newer Cashflow Monitor (schema ${current}, this app knows ${schemaVersion}). Update the app to open it.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
