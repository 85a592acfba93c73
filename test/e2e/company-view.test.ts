import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { seededDatabase } from '../helpers/seeded-db';
import type { TestHost } from '../helpers/test-host';
import { startSeededHost } from '../helpers/seeded-host';
import { acme, kemp, nordic, rates, transactions } from './seeded-portfolio';

describe('search and the company view in Chromium, over real services', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const card = (title: string | RegExp): Locator => page.getByRole('article', { name: title, exact: true });

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase([acme, kemp, nordic], transactions, rates));
    browser = await launchBrowser();
    // The dark theme, whose chart colours the chart test looks for.
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, colorScheme: 'dark' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  const portfolioNames = async (): Promise<string[]> =>
    page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr td:first-child').allTextContents();

  it('opens on the portfolio, the companies that owe the most first', async () => {
    await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').nth(2).waitFor();
    const names = await portfolioNames();
    expect(names.map((name) => name.replace(/overdrawn$/, '').trim())).toEqual([
      'Kemp and Sons Ltd',
      'Acme Trading GmbH',
      'Nordic Timber AS',
    ]);
    const kempRow = page.getByRole('row', { name: /Kemp and Sons Ltd/ });
    await expect(kempRow.textContent()).resolves.toContain('-€700.00');
  });

  it('sorts the portfolio by name and filters it to the companies overdrawn now', async () => {
    await page.getByRole('button', { name: 'Company' }).click();
    await page
      .getByRole('table', { name: 'Portfolio' })
      .locator('tbody tr')
      .first()
      .filter({ hasText: 'Acme' })
      .waitFor();
    expect((await portfolioNames()).map((name) => name.slice(0, 4))).toEqual(['Acme', 'Kemp', 'Nord']);
    await page.getByRole('checkbox', { name: /Overdrawn now/ }).check();
    await page.getByRole('row', { name: /Nordic Timber AS/ }).waitFor({ state: 'detached' });
    expect(await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').count()).toBe(2);
    await page.getByRole('checkbox', { name: /Overdrawn now/ }).uncheck();
  });

  it('lists a company as its name is typed, with its id, IBAN and balance', async () => {
    await page.getByRole('combobox', { name: 'Search companies' }).fill('acme');
    const hit = page.getByRole('option', { name: /Acme Trading GmbH/ });
    await hit.waitFor();
    await expect(hit.textContent()).resolves.toMatch(/#1 · DE89 3704 0044 0532 0130 00 \+1.*€479\.00/);
  });

  it('marks a company in debt with a badge', async () => {
    await page.getByRole('combobox', { name: 'Search companies' }).fill('kemp');
    const hit = page.getByRole('option', { name: /Kemp and Sons Ltd/ });
    await hit.waitFor();
    await expect(hit.textContent()).resolves.toMatch(/-€700\.00\s*debt/);
  });

  it('closes the hit list and clears the text with Escape', async () => {
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('nordic');
    await page.getByRole('listbox', { name: 'Matching companies' }).waitFor();
    await search.press('Escape');
    await page.getByRole('listbox', { name: 'Matching companies' }).waitFor({ state: 'detached' });
    await expect(search.inputValue()).resolves.toBe('');
  });

  it('opens the highlighted company with the keyboard', async () => {
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('trading');
    await page.getByRole('option', { name: /Acme Trading GmbH/ }).waitFor();
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    await page.getByRole('heading', { name: 'Acme Trading GmbH' }).waitFor();
    // The address arrives with the company's profile, a request after the summary.
    const address = page.getByText('Friedrichstraße 12, Berlin');
    await address.waitFor();
    await expect(address.isVisible()).resolves.toBe(true);
  });

  it('shows balance, debt and credit computed from the valid transactions only', async () => {
    await expect(card('Balance').textContent()).resolves.toContain('€479.00');
    await expect(card(/^Debt/).textContent()).resolves.toContain('€221.00');
    await expect(card(/^Credit/).textContent()).resolves.toContain('€700.00');
    await expect(card('Reported balance').textContent()).resolves.toContain('-€1.00');
  });

  it('lists the countries transacted with, and no country of a dirty record', async () => {
    const table = page.getByRole('table', { name: 'Countries' });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Switzerland');
    expect(text).toContain('Norway');
    expect(text).toContain('United Kingdom');
    expect(await table.locator('tbody tr').count()).toBe(3);
  });

  it('draws the balance chart and the world map without page errors', async () => {
    const chart = page.getByRole('img', { name: /^Balance and flows/ });
    // The closing-balance line is drawn in the accent colour; the map has a path per country.
    await chart.locator('svg path[stroke="#38bdf8"]').first().waitFor({ state: 'attached' });
    await expect(chart.locator('svg path[fill="#34d399"]').count()).resolves.toBeGreaterThan(0);
    const map = page.getByRole('img', { name: 'World map of countries transacted with' });
    await map.locator('svg path').nth(150).waitFor({ state: 'attached' });
    expect(pageErrors).toEqual([]);
  });

  it('converts every figure when the currency is switched to USD', async () => {
    await page
      .getByRole('group', { name: 'Reporting currency' })
      .getByRole('button', { name: 'USD' })
      .click();
    await card('Balance').filter({ hasText: 'US$524.00' }).waitFor();
    await expect(card(/^Debt/).textContent()).resolves.toContain('US$246.00');
    await expect(card(/^Credit/).textContent()).resolves.toContain('US$770.00');
    await expect(card('Reported balance').textContent()).resolves.toContain('switch to EUR');
  });

  it('lists counterparties, naming those that are our own clients', async () => {
    const table = page.getByRole('table', { name: 'Counterparties' });
    await table.getByRole('button', { name: 'Kemp and Sons Ltd' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    await expect(table.getByRole('button', { name: 'Kemp and Sons Ltd' }).isVisible()).resolves.toBe(true);
    await expect(table.getByRole('button', { name: 'Nordic Timber AS' }).isVisible()).resolves.toBe(true);
  });

  it('pages transactions by status, with quarantined batch payments marked as such', async () => {
    const table = page.getByRole('table', { name: 'Transactions' });
    const status = page.getByRole('group', { name: 'Transaction status' });
    await status.getByRole('button', { name: 'Valid' }).click();
    await table
      .locator('tbody tr')
      .filter({ hasText: 'batch payment' })
      .first()
      .waitFor({ state: 'detached' });
    expect(await table.locator('tbody tr').count()).toBe(4);
    await status.getByRole('button', { name: 'Quarantined' }).click();
    await table.locator('tbody tr').filter({ hasText: 'batch payment' }).nth(1).waitFor();
    await expect(
      table
        .locator('tbody tr')
        .filter({ hasText: /^.*valid$/ })
        .count(),
    ).resolves.toBe(0);
    await status.getByRole('button', { name: 'All' }).click();
  });

  it('narrows the range with a preset, ending on the last synced day', async () => {
    await page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: '1M' }).click();
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2020-02-17');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('2020-03-16');
    const table = page.getByRole('table', { name: 'Countries' });
    // Switzerland's only transaction (2020-02-03) falls before the month.
    await table.getByText('Switzerland').waitFor({ state: 'detached' });
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(pageErrors).toEqual([]);
  });

  it('opens a counterparty that is one of our clients', async () => {
    await page
      .getByRole('table', { name: 'Counterparties' })
      .getByRole('button', { name: 'Kemp and Sons Ltd' })
      .click();
    await page.getByRole('heading', { name: 'Kemp and Sons Ltd' }).waitFor();
    await card('Balance').filter({ hasText: '-US$' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('reports quarantined records by reason and source in the data-quality view', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Data quality' })
      .click();
    const table = page.getByRole('table', { name: 'Quarantined by reason' });
    await table.waitFor();
    await expect(page.getByRole('article', { name: 'Quarantined' }).textContent()).resolves.toContain('3');
    await expect(table.getByRole('row', { name: /Batch payment/ }).textContent()).resolves.toMatch(
      /Batch payment\s*2\s*0\s*2/,
    );
    await expect(table.getByRole('row', { name: /Invalid IBAN/ }).textContent()).resolves.toMatch(
      /Invalid IBAN\s*0\s*1\s*1/,
    );
  });

  it('applies a saved interest rate and a rate override to the figures', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByLabel('Debit interest, % a year').fill('10');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    // GBP into EUR at 2 instead of 1.17: Acme's NL account becomes 400 − 455 = −55, the company 645.
    await page.getByLabel('Override currency').fill('GBP');
    await page.getByLabel('Override rate').fill('2');
    await page.getByRole('button', { name: 'Add override' }).click();
    // A stored override is listed with a Remove button; the entry row has none.
    await page
      .getByRole('table', { name: 'Rate overrides' })
      .getByRole('row')
      .filter({ hasText: 'Remove' })
      .filter({ hasText: 'GBP' })
      .waitFor();
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('acme');
    await page.getByRole('option', { name: /Acme Trading GmbH/ }).waitFor();
    await search.press('Enter');
    await page
      .getByRole('group', { name: 'Reporting currency' })
      .getByRole('button', { name: 'EUR' })
      .click();
    await card('Balance').filter({ hasText: '€645.00' }).waitFor();
    await card('Accrued interest').filter({ hasText: 'at 10 %' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
