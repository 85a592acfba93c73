import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch, isMethodName } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/create-services';
import { fileDatabaseProvider } from '../../../electron/services/database-provider';
import { stubServices } from '../../helpers/stub-services';
import { AppFailure } from '../../../shared/result';

describe('dispatch', () => {
  it('answers app:info with the real database size, its write-ahead log included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-dispatch-'));
    try {
      const databasePath = join(dir, 'cashflow.sqlite');
      writeFileSync(databasePath, Buffer.alloc(4096));
      writeFileSync(`${databasePath}-wal`, Buffer.alloc(1000));
      const services = createServices({
        identity: { name: 'Cashflow Monitor', version: '1.0.0', dataDirectory: dir, databasePath },
        database: fileDatabaseProvider(databasePath),
      });
      const answer = await dispatch(services, 'appInfo', undefined);
      expect(answer).toMatchObject({ ok: true, value: { databaseBytes: 5096, dataDirectory: dir } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns a service failure into its stable error code', async () => {
    const failing = stubServices({
      appInfo: () => {
        throw new AppFailure('db-busy', 'The database is busy.');
      },
    });
    await expect(dispatch(failing, 'appInfo', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'db-busy', message: 'The database is busy.' },
    });
  });

  it('hides unexpected exceptions behind the internal code', async () => {
    const failing = stubServices({
      appInfo: () => {
        throw new TypeError('boom');
      },
    });
    const answer = await dispatch(failing, 'appInfo', undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('knows only contract methods', () => {
    expect(isMethodName('appInfo')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
  });
});
