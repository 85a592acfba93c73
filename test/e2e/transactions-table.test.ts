/**
 * The transactions panel in Chromium over real services and the demo portfolio: one virtualised
 * table over every row of the range (blocks fetched as they scroll into view), filters that narrow
 * the rows and their count, sorting by the converted amount, and the detail drawer with the raw
 * record and the quarantine reason, by mouse and by keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { seededDatabase } from '../helpers/seeded-db';
import { startSeededHost } from '../helpers/seeded-host';
import type { TestHost } from '../helpers/test-host';
import { demoPortfolio, demoRates } from './demo-portfolio';

describe('the transactions panel', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const demo = demoPortfolio();
  const panel = (): Locator => page.getByRole('region', { name: 'Transactions' });
  const table = (): Locator => page.getByRole('table', { name: 'Transactions' });
  const count = async (): Promise<number> => {
    const text =
      (await panel()
        .getByText(/ transactions$/)
        .textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  };

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase(demo.companies, demo.transactions, demoRates));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('Acme Trading');
    await page.getByRole('option', { name: /Acme Trading GmbH/ }).waitFor();
    await search.press('Enter');
    await page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: 'All' }).click();
    await table()
      .locator('tbody tr')
      .first()
      .filter({ hasText: /\d{4}-\d\d-\d\d/ })
      .waitFor();
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  it('renders only the rows in view and fetches further blocks as the table scrolls', async () => {
    const total = await count();
    expect(total).toBeGreaterThan(200);
    expect(await table().locator('tbody tr').count()).toBeLessThan(60);
    // End jumps to the last row, scrolling the table there.
    await panel().locator('.txn-scroll').focus();
    await page.keyboard.press('End');
    // The last row of the range shows once its block has arrived.
    await table()
      .locator(`tbody tr[aria-rowindex="${total + 1}"]`)
      .filter({ hasText: /\d{4}-\d\d-\d\d/ })
      .waitFor();
  });

  it('narrows rows and count by direction, currency, amount and counterparty', async () => {
    const all = await count();
    await panel().getByLabel('Direction').selectOption('out');
    await expect.poll(count).toBeLessThan(all);
    const out = await count();
    const firstDirection = await table().locator('tbody tr td.txn-col--dir').first().textContent();
    expect(firstDirection).toBe('to');
    await panel().getByLabel('From EUR').fill('1000');
    await expect.poll(count).toBeLessThan(out);
    const converted = await table().locator('tbody tr td.txn-col--converted').allTextContents();
    for (const text of converted.filter((value) => value !== '')) {
      expect(Math.abs(Number(text.replace(/[^\d.-]/g, '')))).toBeGreaterThanOrEqual(1000);
    }
    await panel().getByLabel('From EUR').fill('');
    await panel().getByLabel('Direction').selectOption('all');
    await expect.poll(count).toBe(all);
    const party = ((await table().locator('tbody tr td.txn-col--party').first().textContent()) ?? '').slice(
      0,
      9,
    );
    await panel().getByLabel('Counterparty IBAN').fill(party.toLowerCase());
    await expect.poll(count).toBeLessThan(all);
    const parties = await table().locator('tbody tr td.txn-col--party').allTextContents();
    for (const text of parties) expect(text.replace(/ /g, '')).toContain(party.replace(/ /g, ''));
    await panel().getByLabel('Counterparty IBAN').fill('');
    await expect.poll(count).toBe(all);
  });

  it('sorts by the converted amount, largest first', async () => {
    await table().getByRole('button', { name: 'EUR' }).click();
    await expect
      .poll(async () => (await table().locator('tbody tr td.txn-col--converted').first().textContent()) ?? '')
      .not.toBe('');
    const values = (await table().locator('tbody tr td.txn-col--converted').allTextContents())
      .slice(0, 8)
      .map((text) => Math.abs(Number(text.replace(/[^\d.-]/g, ''))));
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    await table().getByRole('button', { name: /Time/ }).click();
  });

  it('opens a quarantined record with its reason and raw record, and closes with Esc, by keyboard', async () => {
    await panel()
      .getByRole('group', { name: 'Transaction status' })
      .getByRole('button', { name: 'Quarantined' })
      .click();
    await expect.poll(count).toBeGreaterThan(0);
    await table().locator('tbody tr td.txn-col--status .badge').first().waitFor();
    await panel().locator('.txn-scroll').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Transaction details' });
    await drawer.waitFor();
    await expect(drawer.getByLabel('Quarantine reason').textContent()).resolves.not.toBe('');
    const id = ((await drawer.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(
      'Transaction ',
      '',
    );
    await expect(drawer.locator('pre').textContent()).resolves.toContain(id);
    await expect(page.locator(':focus').textContent()).resolves.toBe('Close');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
