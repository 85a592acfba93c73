/**
 * Schema migrations tracked by `PRAGMA user_version`, run by the writer only: the version is read
 * and every pending migration applied inside one exclusive transaction, so two processes can never
 * migrate the same file at once. A database written by a newer app is refused rather than damaged;
 * before an existing database is migrated, a copy of it is kept beside it (see backups.ts).
 */
import type Database from 'better-sqlite3';
import { AppFailure } from '../../shared/result';
import { migrations } from './migrations/index';

export const schemaVersion = migrations.at(-1)?.version ?? 0;

/** `PRAGMA application_id` of our databases: 'CFM1', so a file of another program is told apart. */
export const applicationId = 0x43464d31;

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseNewer(current: number): void {
  if (current > schemaVersion) {
    throw new AppFailure(
      'db-too-new',
      `The database was written by a newer Cashflow Monitor (schema ${current}, this app knows ${schemaVersion}). Update the app to open it.`,
    );
  }
}

/** The schema version a migration would start from, checked without changing anything. */
export function pendingFrom(db: Database.Database): number {
  const current = readSchemaVersion(db);
  refuseNewer(current);
  return current;
}

export function migrate(db: Database.Database): void {
  db.transaction(() => {
    const current = pendingFrom(db);
    if (current === 0) db.pragma(`application_id = ${applicationId}`);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      migration.fill?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).exclusive();
}
