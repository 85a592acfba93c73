/**
 * The first run with a portfolio, in Chromium over the real sync service and a running simulator:
 * with no data yet, the analyst connects a source limited to one company typed by id (no company
 * list is synced yet), and the sync brings the whole company list but that company's figures only.
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
import { seriousAxeFindings } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { builtRendererDir } from '../helpers/seeded-host';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';
import { startTestHost, type TestHost } from '../helpers/test-host';

const plainBox: SecretBox = { seal: (secret) => secret, open: (sealed) => sealed };
/** How long a poll may wait for a state a click changes (the machine may be busy). */
const patient = { timeout: 60_000 };

describe('the first sync limited to a portfolio, in Chromium', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let database: DatabaseProvider;
  let sync: SyncService;
  let services: Services;
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 6, sepa: 300, swift: 600 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    const dbPath = fixture.dbPath('app');
    database = fileDatabaseProvider(dbPath);
    sync = createSyncService({ database, dbPath, workerEntry: syncWorkerEntry(), secrets: plainBox });
    const identity = {
      name: 'Cashflow Monitor',
      version: '9.8.7',
      dataDirectory: fixture.dir,
      databasePath: dbPath,
    };
    services = createServices({ identity, database, sync });
    host = await startTestHost(builtRendererDir, services);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
    await sync.dispose();
    database.close();
    await server.close();
    fixture.dispose();
  });

  it('connects a source for one company typed by id, and the portfolio lists that company only', async () => {
    await page.getByRole('heading', { name: 'No data yet' }).waitFor();
    await page.getByLabel('CDM API address').fill(server.url);
    const fields = page.getByRole('group', { name: 'Portfolio' });
    await fields.getByRole('radio', { name: 'Selected companies' }).check();
    const picker = fields.getByRole('combobox', { name: 'Add a company to the portfolio' });
    await picker.fill('#2');
    await fields.getByRole('option').filter({ hasText: 'Company #2' }).waitFor();
    await picker.press('Enter');
    await fields.getByRole('list', { name: 'Companies in the portfolio' }).getByText('#2').waitFor();
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme'), patient).toBe(scheme);
      expect(await seriousAxeFindings(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Connect and sync' }).click();
    const table = page.getByRole('table', { name: 'Portfolio' });
    await table.locator('tbody tr').first().waitFor();
    await expect.poll(() => table.locator('tbody tr').count(), patient).toBe(1);
    const sources = await dispatch(services, 'sourceList', undefined);
    expect(sources).toMatchObject({ ok: true, value: [{ scope: { companyIds: [2] } }] });
    // The company list came whole: another company is found, marked outside the portfolio.
    const hits = await dispatch(services, 'searchCompanies', { text: '3' });
    expect(hits).toMatchObject({ ok: true, value: [{ companyId: 3, inScope: false }] });
    expect(pageErrors).toEqual([]);
  });
});
