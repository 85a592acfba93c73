import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupPath } from '../../../electron/db/backups';
import { openReadableDatabase, openWritableDatabase } from '../../../electron/db/connection';
import { readSchemaVersion, schemaVersion } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';

const dirs: string[] = [];
function file(name = 'cashflow.sqlite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-files-'));
  dirs.push(dir);
  return join(dir, name);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function expectUntouched(path: string, open: () => unknown, code: string): void {
  const before = digest(path);
  expect(open).toThrow(expect.objectContaining({ code }) as Error);
  expect(digest(path)).toBe(before);
  expect(existsSync(`${path}-wal`)).toBe(false);
  expect(existsSync(`${path}-shm`)).toBe(false);
}

/** A database as an older version of the app left it: the first `count` migrations, no application id. */
function olderDatabase(path: string, count: number): number {
  const db = new Database(path);
  for (const migration of migrations.slice(0, count)) db.exec(migration.sql);
  const version = migrations[count - 1]?.version ?? 0;
  db.pragma(`user_version = ${version}`);
  db.close();
  return version;
}

describe('files the app will not take for its database', () => {
  it('refuses an empty file, and leaves it empty', () => {
    const path = file();
    writeFileSync(path, '');
    expectUntouched(path, () => openWritableDatabase(path), 'not-a-database');
    expectUntouched(path, () => openReadableDatabase(path), 'not-a-database');
  });

  it('refuses a file that is not SQLite, byte for byte untouched', () => {
    const path = file();
    writeFileSync(path, 'company_id;name\n1;Acme\n');
    expectUntouched(path, () => openWritableDatabase(path), 'not-a-database');
  });

  it("refuses another program's SQLite database", () => {
    const path = file();
    const other = new Database(path);
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    other.close();
    expectUntouched(path, () => openWritableDatabase(path), 'not-a-database');
  });
});

describe('a database of an older version', () => {
  it('is refused by a reader, which changes nothing', () => {
    const path = file();
    olderDatabase(path, migrations.length - 1);
    expectUntouched(path, () => openReadableDatabase(path), 'db-too-old');
  });

  it('is migrated by the writer after a backup copy, which goes after the next clean start', () => {
    const path = file();
    const old = olderDatabase(path, migrations.length - 1);
    const db = openWritableDatabase(path);
    expect(readSchemaVersion(db)).toBe(schemaVersion);
    db.close();
    const backup = new Database(backupPath(path, old), { readonly: true });
    expect(readSchemaVersion(backup)).toBe(old);
    backup.close();
    openWritableDatabase(path).close();
    expect(existsSync(backupPath(path, old))).toBe(false);
    openReadableDatabase(path).close();
  });
});
