/**
 * The export flow in Chromium over real services, the save dialog stubbed: the company view's
 * Export menu writes the PDF pack of the range on screen to the path the dialog answers, the notice
 * names the file with "Show in folder", and a dialog closed without choosing writes nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFileDialogs } from '../../electron/services/report-service';
import { launchBrowser } from '../helpers/browser';
import { seededDatabase } from '../helpers/seeded-db';
import type { TestHost } from '../helpers/test-host';
import { startSeededHost } from '../helpers/seeded-host';
import { acme, kemp, nordic, rates, transactions } from './seeded-portfolio';

describe('exporting from the app in Chromium, the save dialog stubbed', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let folder = '';
  /** What the stubbed dialog answers next: a file name in `folder`, or null for "cancelled". */
  let choice: string | null = null;
  const proposed: string[] = [];
  const revealed: string[] = [];
  const pageErrors: string[] = [];

  const dialogs: ReportFileDialogs = {
    defaultFolder: () => folder,
    chooseSavePath: ({ defaultPath }) => {
      proposed.push(defaultPath);
      return Promise.resolve(choice === null ? null : join(folder, choice));
    },
    showInFolder: (path) => {
      revealed.push(path);
    },
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cashflow-e2e-export-'));
    host = await startSeededHost(seededDatabase([acme, kemp, nordic], transactions, rates), {
      reportDialogs: dialogs,
      now: () => new Date('2026-01-15T09:30:00Z'),
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('saves the company report pack of the range on screen and offers to show it in its folder', async () => {
    await page.getByRole('table', { name: 'Portfolio' }).getByText('Acme Trading GmbH').click();
    await page.getByRole('heading', { name: 'Acme Trading GmbH' }).waitFor();
    choice = 'acme.pdf';
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'PDF report pack' }).click();
    const notice = page.getByRole('status', { name: 'Export' });
    await notice.getByText('acme.pdf').waitFor();
    expect(await notice.textContent()).toMatch(/Saved acme\.pdf \(\d+ pages, [\d.]+ KB\)/);
    expect(proposed.at(-1)).toMatch(
      /acme-trading-gmbh-1_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d_report_2026-01-15\.pdf$/,
    );
    expect(readFileSync(join(folder, 'acme.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await notice.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => revealed).toEqual([join(folder, 'acme.pdf')]);
  });

  it('writes nothing when the dialog is closed without a choice', async () => {
    choice = null;
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'CSV: transactions' }).click();
    await page.getByText('Export cancelled; nothing was written.').waitFor();
    expect(readdirSync(folder)).toEqual(['acme.pdf']);
    expect(pageErrors).toEqual([]);
  });

  it('exports the portfolio as CSV from the home view', async () => {
    choice = 'portfolio.csv';
    await page.getByRole('button', { name: '← Portfolio' }).click();
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'CSV: portfolio' }).click();
    await page.getByRole('status', { name: 'Export' }).getByText('portfolio.csv').waitFor();
    const lines = readFileSync(join(folder, 'portfolio.csv'), 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'rank,company_id,name,balance,debt,credit,net_flow_30d,overdrawn_now,went_overdrawn',
    );
  });
});
