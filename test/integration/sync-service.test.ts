import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider, type DatabaseProvider } from '../../electron/services/database-provider';
import { dispatch } from '../../electron/services/dispatch';
import { createSyncService, type SecretBox, type SyncService } from '../../electron/services/sync-service';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import { syncWorkerEntry } from '../../electron/sync/worker-entry';
import type { Services } from '../../shared/api';
import { AppFailure } from '../../shared/result';
import type { SyncStatus } from '../../shared/sync';
import { startStubServer, text, type StubServer } from '../helpers/stub-http-server';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';

/** Reversible and visibly not plain text, so a test can see that tokens are sealed at rest. */
const testBox: SecretBox = {
  seal: (secret) => `sealed:${Buffer.from(secret).toString('base64')}`,
  open: (sealed) => Buffer.from(sealed.slice('sealed:'.length), 'base64').toString(),
};

async function until(services: Services, done: (status: SyncStatus) => boolean): Promise<SyncStatus> {
  for (;;) {
    const answer = await dispatch(services, 'syncStatus', undefined);
    if (!answer.ok) throw new Error(answer.error.message);
    if (done(answer.value)) return answer.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The desktop app's services over a database file of the fixture, with a sync service. */
function desktopServices(fixture: SimFixture, name: string, secrets: SecretBox, refreshIntervalMs: number) {
  const dbPath = fixture.dbPath(name);
  const database = fileDatabaseProvider(dbPath);
  const sync = createSyncService({
    database,
    dbPath,
    workerEntry: syncWorkerEntry(),
    secrets,
    refreshIntervalMs,
  });
  const identity = {
    name: 'Cashflow Monitor',
    version: '1.0.0',
    dataDirectory: fixture.dir,
    databasePath: dbPath,
  };
  return { database, sync, services: createServices({ identity, database, sync }) };
}

describe('syncing from the desktop app', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let foreign: StubServer;
  let database: DatabaseProvider;
  let sync: SyncService;
  let services: Services;

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 12, sepa: 600, swift: 2400 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    foreign = await startStubServer(() => text('<html>a shop</html>', 200, 'text/html'));
    ({ database, sync, services } = desktopServices(fixture, 'app', testBox, 3_600_000));
  });

  afterAll(async () => {
    await sync.dispose();
    database.close();
    await server.close();
    await foreign.close();
    fixture.dispose();
  });

  it('says that no source is configured before one is added', async () => {
    await expect(dispatch(services, 'syncStart', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a URL that is not a CDM API with its reason, storing nothing', async () => {
    const answer = await dispatch(services, 'sourceAdd', { url: foreign.url });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-a-cdm-api' } });
    await expect(dispatch(services, 'sourceList', undefined)).resolves.toEqual({ ok: true, value: [] });
  });

  it('rejects an argument that is not an http URL before doing anything', async () => {
    await expect(dispatch(services, 'sourceAdd', { url: 'file:///etc/passwd' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('adds a source after detecting its dialect and keeps its token sealed', async () => {
    const added = await dispatch(services, 'sourceAdd', { url: server.url, token: 'secret-token' });
    expect(added).toMatchObject({
      ok: true,
      value: { url: server.url, dialect: 'cdm-api', hasCredentials: true, demo: false },
    });
    const listed = await dispatch(services, 'sourceList', undefined);
    expect(listed.ok && listed.value).toHaveLength(1);
    const stored = database.write().prepare('SELECT auth FROM source').pluck().get();
    expect(stored).toBe(testBox.seal('secret-token'));
  });

  it('syncs in the worker, reports the outcome, schedules the next refresh, and then answers queries', async () => {
    await expect(dispatch(services, 'syncStart', undefined)).resolves.toMatchObject({ ok: true });
    const status = await until(services, (s) => s.state !== 'running' && s.lastSummary !== null);
    expect(status.lastSummary).toMatchObject({
      outcome: 'complete',
      dialect: 'cdm-api',
      companies: 12,
      error: null,
    });
    expect(status.state).toBe('waiting');
    expect(status.nextRefreshAt).not.toBeNull();
    const portfolio = await dispatch(services, 'portfolio', {});
    expect(portfolio).toMatchObject({ ok: true, value: { total: 12 } });
  });

  it('refuses a second sync while one is running', async () => {
    await expect(dispatch(services, 'syncStart', undefined)).resolves.toMatchObject({ ok: true });
    const second = await dispatch(services, 'syncStart', undefined);
    await until(services, (s) => s.state !== 'running');
    expect(second).toMatchObject({ ok: false, error: { code: 'db-busy' } });
  });

  it('cancels the refresh schedule on request', async () => {
    const answer = await dispatch(services, 'syncCancel', undefined);
    expect(answer).toMatchObject({ ok: true, value: { state: 'idle', nextRefreshAt: null } });
  });

  it('lists each source with its last stored run, also to a session started afterwards', async () => {
    const later = desktopServices(fixture, 'app', testBox, 3_600_000);
    try {
      const status = await dispatch(later.services, 'syncStatus', undefined);
      expect(status).toMatchObject({ ok: true, value: { source: null, lastSummary: null } });
      const listed = await dispatch(later.services, 'sourceList', undefined);
      expect(listed).toMatchObject({
        ok: true,
        value: [{ url: server.url, lastRun: { outcome: 'complete' } }],
      });
      const run = listed.ok ? listed.value[0]?.lastRun : null;
      expect(run?.records).toEqual(expect.any(Number));
      expect(run?.finishedAt).not.toBeNull();
    } finally {
      await later.sync.dispose();
      later.database.close();
    }
  });

  it('changes a source only after the new connection answers, keeping a new token sealed', async () => {
    const listed = await dispatch(services, 'sourceList', undefined);
    const sourceId = listed.ok ? (listed.value[0]?.sourceId ?? 0) : 0;
    const refused = await dispatch(services, 'sourceUpdate', { sourceId, url: foreign.url });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-a-cdm-api' } });
    const kept = await dispatch(services, 'sourceUpdate', { sourceId, url: server.url });
    expect(kept).toMatchObject({ ok: true, value: { hasCredentials: true } });
    expect(database.write().prepare('SELECT auth FROM source').pluck().get()).toBe(
      testBox.seal('secret-token'),
    );
    const changed = await dispatch(services, 'sourceUpdate', { sourceId, url: server.url, token: 'another' });
    expect(changed).toMatchObject({ ok: true, value: { url: server.url, hasCredentials: true } });
    expect(database.write().prepare('SELECT auth FROM source').pluck().get()).toBe(testBox.seal('another'));
    const cleared = await dispatch(services, 'sourceUpdate', { sourceId, url: server.url, clearToken: true });
    expect(cleared).toMatchObject({ ok: true, value: { hasCredentials: false } });
  });

  it('removes a source with its history, and the data it brought stays', async () => {
    const listed = await dispatch(services, 'sourceList', undefined);
    const sourceId = listed.ok ? (listed.value[0]?.sourceId ?? 0) : 0;
    await expect(dispatch(services, 'sourceRemove', { sourceId })).resolves.toEqual({ ok: true, value: [] });
    expect(database.write().prepare('SELECT count(*) FROM sync_run').pluck().get()).toBe(0);
    await expect(dispatch(services, 'portfolio', {})).resolves.toMatchObject({
      ok: true,
      value: { total: 12 },
    });
    await expect(dispatch(services, 'sourceRemove', { sourceId })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('the refresh schedule', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let database: DatabaseProvider;
  let sync: SyncService;
  let services: Services;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => {
    unhandled.push(reason);
  };
  let opened = 0;
  // The keychain answers the first pass, then fails (a keyring locked while the app runs).
  const flakyBox: SecretBox = {
    seal: (text) => testBox.seal(text),
    open: (sealed) => {
      opened += 1;
      if (opened > 1) throw new Error('the keyring is locked');
      return testBox.open(sealed);
    },
  };

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    fixture = simFixture({ setting: 'small', sizes: { companies: 5, sepa: 100, swift: 400 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    ({ database, sync, services } = desktopServices(fixture, 'schedule', flakyBox, 100));
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await sync.dispose();
    database.close();
    await server.close();
    fixture.dispose();
  });

  it('survives a refresh that fails: the failure is reported and the next refresh is scheduled', async () => {
    await dispatch(services, 'sourceAdd', { url: server.url, token: 'secret-token' });
    await expect(dispatch(services, 'syncStart', undefined)).resolves.toMatchObject({ ok: true });
    const failed = await until(services, (s) => s.lastSummary?.outcome === 'failed');
    expect(failed.lastSummary?.error?.message).toContain('the keyring is locked');
    const rescheduled = await until(services, (s) => s.state === 'waiting' && opened >= 3);
    expect(rescheduled.nextRefreshAt).not.toBeNull();
    expect(unhandled).toEqual([]);
  });
});

describe('a token on a system without a keystore', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let database: DatabaseProvider;
  let sync: SyncService;
  let services: Services;
  const noKeystore: SecretBox = {
    seal: () => {
      throw new AppFailure('no-keystore', 'This system offers no secure credential storage.');
    },
    open: () => {
      throw new Error('nothing is sealed here');
    },
  };

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 5, sepa: 100, swift: 400 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    ({ database, sync, services } = desktopServices(fixture, 'no-keystore', noKeystore, 3_600_000));
  });

  afterAll(async () => {
    await sync.dispose();
    database.close();
    await server.close();
    fixture.dispose();
  });

  it('is refused with its reason and nothing stored, then kept for the session only when asked', async () => {
    const refused = await dispatch(services, 'sourceAdd', { url: server.url, token: 'secret-token' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-keystore' } });
    await expect(dispatch(services, 'sourceList', undefined)).resolves.toEqual({ ok: true, value: [] });

    const added = await dispatch(services, 'sourceAdd', {
      url: server.url,
      token: 'secret-token',
      tokenForSessionOnly: true,
    });
    expect(added).toMatchObject({ ok: true, value: { hasCredentials: true, tokenForSessionOnly: true } });
    expect(database.write().prepare('SELECT auth FROM source').pluck().all()).toEqual([null]);
    await expect(dispatch(services, 'syncStart', undefined)).resolves.toMatchObject({ ok: true });
    const status = await until(services, (s) => s.state !== 'running' && s.lastSummary !== null);
    expect(status.lastSummary).toMatchObject({ outcome: 'complete', error: null });
  });
});
