/**
 * Screenshots of the renderer for the docs: builds nothing, serves out/renderer through the test
 * host over a deterministic demo portfolio and writes every screen in the light and the dark theme
 * to docs/screenshots/ (`home-light.png`, `home-dark.png`, …).
 * Run after `npm run build`: `node bin/run-ts.js test/e2e/screenshots.script.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { seededDatabase } from '../helpers/seeded-db';
import { startTestHost } from '../helpers/test-host';
import { demoPortfolio, demoRates } from './demo-portfolio';

const root = join(import.meta.dirname, '../..');

/** Every screen in one theme, the page following the OS scheme it is given: `<screen>-<theme>.png`. */
async function screens(
  browser: Browser,
  url: string,
  outDir: string,
  theme: 'light' | 'dark',
): Promise<void> {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: theme,
  });
  const shot = (name: string, clip?: { x: number; y: number; width: number; height: number }) =>
    page.screenshot({ path: join(outDir, `${name}-${theme}.png`), ...(clip === undefined ? {} : { clip }) });
  page.on('pageerror', (error) => {
    process.stderr.write(`page error: ${error.message}\n`);
  });
  await page.goto(url);
  await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').nth(5).waitFor();
  await shot('home');

  const search = page.getByRole('combobox', { name: 'Search companies' });
  await search.fill('gmbh');
  await page.getByRole('listbox', { name: 'Matching companies' }).getByRole('option').first().waitFor();
  await search.press('ArrowDown');
  await shot('search', { x: 0, y: 0, width: 1440, height: 420 });
  await search.press('Escape');
  await search.press('Escape');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('he');
  await page
    .getByRole('listbox', { name: 'Commands' })
    .getByRole('option', { name: /Helvetia/ })
    .waitFor();
  await shot('palette');
  await page.keyboard.press('Escape');

  await search.fill('Helvetia');
  await page.getByRole('option', { name: /Helvetia Precision/ }).waitFor();
  await search.press('Enter');
  await page
    .getByRole('img', { name: /^Balance and flows/ })
    .locator('svg path')
    .nth(20)
    .waitFor({ state: 'attached' });
  await page
    .getByRole('img', { name: 'World map of countries transacted with' })
    .locator('svg path')
    .nth(150)
    .waitFor({ state: 'attached' });
  // Let the charts' entry animation finish before the picture is taken.
  await page.waitForTimeout(1200);
  // The frame scrolls inside .content, so a full-page shot needs a window tall enough for the view.
  await page.setViewportSize({ width: 1440, height: 1260 });
  await page.waitForTimeout(600);
  await shot('company');
  await page.getByRole('table', { name: 'Transactions' }).locator('tbody tr').nth(10).waitFor();
  await page.getByRole('region', { name: 'Largest counterparties' }).scrollIntoViewIfNeeded();
  await shot('company-activity');

  await page.setViewportSize({ width: 1440, height: 900 });
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('button', { name: 'Data quality' }).click();
  await page.getByRole('table', { name: 'Quarantined by reason' }).waitFor();
  await shot('quality');
  await sections.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('table', { name: 'Rate overrides' }).waitFor();
  await shot('settings');
  await page.close();
}

export async function main(): Promise<void> {
  const rendererDir = join(root, 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('Build the renderer first: npm run build');
  const outDir = join(root, 'docs/screenshots');
  mkdirSync(outDir, { recursive: true });
  const { companies, transactions } = demoPortfolio();
  // A real file, so the status bar shows a database size as the desktop app does.
  const dataDirectory = mkdtempSync(join(tmpdir(), 'cashflow-screens-'));
  const databasePath = join(dataDirectory, 'cashflow.sqlite');
  const seeded = seededDatabase(companies, transactions, demoRates);
  writeFileSync(databasePath, seeded.serialize());
  seeded.close();
  const database = fileDatabaseProvider(databasePath);
  const host = await startTestHost(
    rendererDir,
    createServices({
      identity: { name: 'Cashflow Monitor', version: '0.1.0', dataDirectory, databasePath },
      database,
    }),
  );
  const browser = await launchBrowser();
  try {
    for (const theme of ['light', 'dark'] as const) {
      await screens(browser, host.url, outDir, theme);
    }
    process.stdout.write(`screenshots written to ${outDir}\n`);
  } finally {
    await browser.close();
    await host.close();
    database.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
