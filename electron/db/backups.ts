/**
 * The copy kept before a migration: `<database>.before-schema-<N>`, written with SQLite's
 * VACUUM INTO (a consistent copy of the whole database, taken inside SQLite, safe while it is open).
 * It is kept until the app next opens the database without anything to migrate, i.e. after a
 * successful start on the new schema, and then removed.
 */
import type Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function backupPath(path: string, version: number): string {
  return `${path}.before-schema-${version}`;
}

export function backUpBeforeMigration(db: Database.Database, path: string, version: number): string {
  const target = backupPath(path, version);
  if (existsSync(target)) rmSync(target);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

export function removeOldBackups(path: string): void {
  const prefix = `${basename(path)}.before-schema-`;
  for (const name of readdirSync(dirname(path))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
  }
}
