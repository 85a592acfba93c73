import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import { seriousAxeFindings } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { seededDatabase } from '../helpers/seeded-db';
import { builtRendererDir, startSeededHost } from '../helpers/seeded-host';
import { startTestHost, type TestHost } from '../helpers/test-host';
import { acme, kemp, nordic, rates, transactions } from './seeded-portfolio';

// axe-core on every screen, in both themes: no serious or critical finding anywhere.
describe.each(['dark', 'light'] as const)('accessibility in the %s theme (axe-core)', (scheme) => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase([acme, kemp, nordic], transactions, rates));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  const sections = () => page.getByRole('navigation', { name: 'Sections' });

  it('follows the OS theme', async () => {
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(scheme);
  });

  it('finds nothing serious on the portfolio', async () => {
    await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').nth(2).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('finds nothing serious on a company', async () => {
    await page.getByRole('row', { name: /Acme Trading GmbH/ }).click();
    await page.getByRole('heading', { name: 'Acme Trading GmbH' }).waitFor();
    await page.getByRole('table', { name: 'Transactions' }).locator('tbody tr').first().waitFor();
    await page
      .getByRole('img', { name: /^Balance and flows/ })
      .locator('svg')
      .waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('finds nothing serious on the data-quality report', async () => {
    await sections().getByRole('button', { name: 'Data quality' }).click();
    await page.getByRole('table', { name: 'Quarantined by reason' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('finds nothing serious in the settings', async () => {
    await sections().getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('table', { name: 'Rate overrides' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('finds nothing serious in the command palette', async () => {
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.type('a');
    await page.getByRole('listbox', { name: 'Commands' }).getByRole('option').first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('accessibility of the empty state (axe-core)', () => {
  let host: TestHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startTestHost(
      builtRendererDir,
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
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  it.each(['dark', 'light'] as const)('finds nothing serious with no data yet, %s', async (scheme) => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'No data yet' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.close();
  });
});
