import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import { launchBrowser } from '../helpers/browser';
import { startTestHost, type TestHost } from '../helpers/test-host';

const rendererDir = join(import.meta.dirname, '../../out/renderer');

describe('the app frame in Chromium', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(rendererDir, 'index.html')))
      throw new Error('Build the renderer first: npm run build');
    host = await startTestHost(
      rendererDir,
      createServices({
        identity: {
          name: 'Cashflow Monitor',
          version: '9.8.7',
          dataDirectory: '/nowhere',
          databasePath: '/nowhere/cashflow.sqlite',
        },
        database: fileDatabaseProvider('/nowhere/cashflow.sqlite'),
      }),
    );
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  it('shows the title and the empty state when there is no data', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('Cashflow Monitor');
    // The empty state appears once the first (failing) data request has answered.
    const emptyState = page.getByRole('heading', { name: 'No data yet' });
    await emptyState.waitFor();
    await expect(emptyState.isVisible()).resolves.toBe(true);
  });

  it('shows the version and database state that app:info returns through window.api', async () => {
    await page.getByText('Cashflow Monitor 9.8.7').waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Database: empty');
    expect(pageErrors).toEqual([]);
  });
});
