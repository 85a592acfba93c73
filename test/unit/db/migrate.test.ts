import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';

describe('migrations', () => {
  // Numbers are assigned ahead to parallel work, so one may be missing until its branch is merged.
  it('are numbered in multiples of 10, increasing', () => {
    migrations.forEach((migration, index) => {
      expect(migration.version % 10).toBe(0);
      expect(migration.version).toBeGreaterThan(migrations[index - 1]?.version ?? 0);
    });
  });

  it('bring an empty database to the current schema version, once', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    db.close();
  });

  it.each(migrations.map((m) => [m.version, m.name] as const))(
    'migration %i (%s) applies on top of the previous ones',
    (version) => {
      const db = new Database(':memory:');
      for (const migration of migrations.filter((m) => m.version < version)) db.exec(migration.sql);
      const target = migrations.find((m) => m.version === version);
      expect(() => db.exec(target?.sql ?? 'invalid')).not.toThrow();
      db.close();
    },
  );

  it('refuses a database written by a newer app', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${schemaVersion + 10}`);
    expect(() => {
      migrate(db);
    }).toThrow(expect.objectContaining({ code: 'db-too-new' }));
    db.close();
  });
});
