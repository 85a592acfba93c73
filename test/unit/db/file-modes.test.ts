import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWritableDatabase } from '../../../electron/db/connection';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the database on disk', () => {
  it('is readable by its user only: files 0600, a folder it creates 0700', () => {
    const root = mkdtempSync(join(tmpdir(), 'cashflow-modes-'));
    dirs.push(root);
    const path = join(root, 'data', 'cashflow.sqlite');
    const db = openWritableDatabase(path);
    db.prepare('CREATE TABLE IF NOT EXISTS probe (x)').run();
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'data')).mode & 0o777).toBe(0o700);
    db.close();
  });
});
