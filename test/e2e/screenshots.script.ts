/**
 * Screenshots of the renderer for the docs: builds nothing, serves out/renderer through the test
 * host over a deterministic demo portfolio and writes PNGs to docs/screenshots/.
 * Run after `npm run build`: `node bin/run-ts.js test/e2e/screenshots.script.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import { launchBrowser } from '../helpers/browser';
import { seededDatabase } from '../helpers/seeded-db';
import { startTestHost } from '../helpers/test-host';
import { demoPortfolio, demoRates } from './demo-portfolio';

const root = join(import.meta.dirname, '../..');

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
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => {
      process.stderr.write(`page error: ${error.message}\n`);
    });
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').nth(5).waitFor();
    await page.screenshot({ path: join(outDir, 'home.png') });

    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('gmbh');
    await page.getByRole('option').first().waitFor();
    await search.press('ArrowDown');
    await page.screenshot({
      path: join(outDir, 'search.png'),
      clip: { x: 0, y: 0, width: 1440, height: 420 },
    });

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
    await page.screenshot({ path: join(outDir, 'company.png') });
    await page.getByRole('table', { name: 'Transactions' }).locator('tbody tr').nth(10).waitFor();
    await page.getByRole('region', { name: 'Largest counterparties' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, 'company-activity.png') });

    await page.setViewportSize({ width: 1440, height: 900 });
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('button', { name: 'Data quality' }).click();
    await page.getByRole('table', { name: 'Quarantined by reason' }).waitFor();
    await page.screenshot({ path: join(outDir, 'quality.png') });
    await sections.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('table', { name: 'Rate overrides' }).waitFor();
    await page.screenshot({ path: join(outDir, 'settings.png') });
    process.stdout.write(`screenshots written to ${outDir}\n`);
  } finally {
    await browser.close();
    await host.close();
    database.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
