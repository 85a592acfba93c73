/**
 * Sources and sync in Settings, in Chromium over the real sync service, its worker and a running
 * simulator: after a "restart" (a new service over a database an earlier session synced) the status
 * bar tells the last run and offers "Sync now"; Settings lists the source with its run, syncs it,
 * tests and adds a source, changes a token, and removes a source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider, type DatabaseProvider } from '../../electron/services/database-provider';
import { dispatch } from '../../electron/services/dispatch';
import { createSyncService, type SecretBox, type SyncService } from '../../electron/services/sync-service';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import { syncWorkerEntry } from '../../electron/sync/worker-entry';
import type { Services } from '../../shared/api';
import { launchBrowser } from '../helpers/browser';
import { builtRendererDir } from '../helpers/seeded-host';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';
import { startStubServer, text, type StubServer } from '../helpers/stub-http-server';
import { startTestHost, type TestHost } from '../helpers/test-host';

const testBox: SecretBox = {
  seal: (secret) => `sealed:${Buffer.from(secret).toString('base64')}`,
  open: (sealed) => Buffer.from(sealed.slice('sealed:'.length), 'base64').toString(),
};

interface Session {
  readonly database: DatabaseProvider;
  readonly sync: SyncService;
  readonly services: Services;
}

function session(fixture: SimFixture): Session {
  const dbPath = fixture.dbPath('app');
  const database = fileDatabaseProvider(dbPath);
  const sync = createSyncService({ database, dbPath, workerEntry: syncWorkerEntry(), secrets: testBox });
  const identity = {
    name: 'Cashflow Monitor',
    version: '9.8.7',
    dataDirectory: fixture.dir,
    databasePath: dbPath,
  };
  return { database, sync, services: createServices({ identity, database, sync }) };
}

async function close(open: Session): Promise<void> {
  await open.sync.dispose();
  open.database.close();
}

describe('sources and sync in Settings, in Chromium', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let foreign: StubServer;
  let current: Session;
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 8, sepa: 300, swift: 900 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    foreign = await startStubServer(() => text('<html>a shop</html>', 200, 'text/html'));
    // An earlier session: the source was added and synced, then the app quit.
    const earlier = session(fixture);
    const added = await dispatch(earlier.services, 'sourceAdd', { url: server.url, token: 'first-token' });
    if (!added.ok) throw new Error(added.error.message);
    await dispatch(earlier.services, 'syncStart', undefined);
    for (;;) {
      const status = await dispatch(earlier.services, 'syncStatus', undefined);
      if (status.ok && status.value.state !== 'running' && status.value.lastSummary !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await close(earlier);
    current = session(fixture);
    host = await startTestHost(builtRendererDir, current.services);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
    await close(current);
    await server.close();
    await foreign.close();
    fixture.dispose();
  });

  it('tells the last run of the earlier session and offers Sync now at once', async () => {
    const bar = page.getByRole('status').filter({ hasText: 'Cashflow Monitor 9.8.7' });
    await bar.getByText(/Last sync complete \d{4}-\d\d-\d\d \d\d:\d\d UTC/).waitFor();
    await expect(bar.getByRole('button', { name: 'Sync now' }).isVisible()).resolves.toBe(true);
    await expect(bar.textContent()).resolves.not.toContain('No source yet');
  });

  it('lists the source in Settings with its sealed token and last run, and syncs it on request', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Settings' })
      .click();
    const row = page.getByRole('listitem', { name: server.url });
    await row.getByText('token sealed in the keystore').waitFor();
    await row.getByText(/Last sync complete/).waitFor();
    await row.getByRole('button', { name: 'Sync now' }).click();
    // The pass starts, ends, and the row tells the new run (its time is after the first one's).
    await page
      .getByLabel('Refresh schedule')
      .getByText(/next at \d{4}-\d\d-\d\d \d\d:\d\d UTC/)
      .waitFor();
    await row.getByText(/Last sync complete/).waitFor();
  });

  it('tests a connection and refuses an address that is not a CDM API, storing nothing', async () => {
    await page.getByRole('button', { name: 'Add a source' }).click();
    const form = page.getByRole('form', { name: 'New source' });
    await form.getByLabel('CDM API address').fill(server.url);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await form.getByText('The source answers as a CDM API.').waitFor();
    await form.getByLabel('CDM API address').fill(foreign.url);
    await form.getByRole('button', { name: 'Add source' }).click();
    await form.getByRole('alert').waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('list', { name: 'Sources' }).getByRole('listitem').count()).resolves.toBe(1);
  });

  it('changes the token of a source, keeping it sealed, using the keyboard', async () => {
    const row = page.getByRole('listitem', { name: server.url });
    await row.getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: `Change ${server.url}` });
    await form.getByLabel('New token (blank keeps the current one)').focus();
    await page.keyboard.type('second-token');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    const stored = current.database.write().prepare('SELECT auth FROM source').pluck().get();
    expect(stored).toBe(testBox.seal('second-token'));
  });

  it('removes a source after confirming, and the companies it brought stay', async () => {
    await page.getByRole('listitem', { name: server.url }).getByRole('button', { name: 'Remove' }).click();
    await page.getByText('No source yet.').waitFor();
    const portfolio = await dispatch(current.services, 'portfolio', {});
    expect(portfolio).toMatchObject({ ok: true, value: { total: 8 } });
    expect(pageErrors).toEqual([]);
  });
});
