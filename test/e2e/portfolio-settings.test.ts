import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { ibans, sepa } from '../helpers/records';
import { seededDatabase } from '../helpers/seeded-db';
import { startSeededHost } from '../helpers/seeded-host';
import type { TestHost } from '../helpers/test-host';
import { acme, kemp, nordic, rates, transactions } from './seeded-portfolio';

// One valid record whose payer IBAN has wrong check digits: strict validation would quarantine it.
const failsStrict = sepa({
  id: 'strict-1',
  payer: 'DE00370400440532013000',
  beneficiary: ibans.acmeDe,
  amount: 5,
  ts: '2020-01-07T09:00:00Z',
});

describe('the portfolio’s totals, filters and sparklines, and the settings’ checks, in Chromium', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let table: Locator;

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase([acme, kemp, nordic], [...transactions, failsStrict], rates));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    table = page.getByRole('table', { name: 'Portfolio' });
    await table.locator('tbody tr').nth(2).waitFor();
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  const names = async () =>
    (await table.locator('tbody tr td:first-child').allTextContents()).map((n) => n.trim());

  it('sums balance, debt and credit over every matching company in the totals row', async () => {
    const totals = page.getByRole('row', { name: 'Totals' });
    // Acme 484 (479 + the 5 that fails only the strict check), Kemp −700, Nordic 455.
    await expect(totals.textContent()).resolves.toBe('Total · 3 companies€239.00€921.00€1,160.00');
    await page.getByRole('checkbox', { name: /Overdrawn now/ }).check();
    await totals.filter({ hasText: 'Total · 2 companies' }).waitFor();
    await expect(totals.textContent()).resolves.toContain('€921.00');
    await page.getByRole('checkbox', { name: /Overdrawn now/ }).uncheck();
  });

  it('filters to the companies that went overdrawn in a range the analyst types', async () => {
    await page.getByRole('checkbox', { name: /Went overdrawn between/ }).check();
    // The default range is the 30 days to the last synced day (2020-03-16): Kemp and Acme's NL account.
    await expect(page.getByLabel('Went overdrawn from').inputValue()).resolves.toBe('2020-02-16');
    await table.locator('tbody tr').filter({ hasText: 'Nordic' }).waitFor({ state: 'detached' });
    expect((await names()).sort()).toEqual(['Acme Trading GmbH overdrawn', 'Kemp and Sons Ltd overdrawn']);
    // A range that would end before it starts is refused, with the reason.
    await page.getByLabel('Went overdrawn to').fill('2020-01-31');
    await expect(
      page.getByRole('region', { name: 'Portfolio' }).getByRole('alert').textContent(),
    ).resolves.toBe('The range would start (2020-02-16) after it ends (2020-01-31).');
    // In January only Kemp was below zero.
    await page.getByLabel('Went overdrawn from').fill('2020-01-01');
    await page.getByLabel('Went overdrawn to').fill('2020-01-31');
    await table.locator('tbody tr').filter({ hasText: 'Acme' }).waitFor({ state: 'detached' });
    expect(await names()).toEqual(['Kemp and Sons Ltd overdrawn']);
    await page.getByRole('checkbox', { name: /Went overdrawn between/ }).uncheck();
    await table.locator('tbody tr').nth(2).waitFor();
  });

  it('draws each row’s last 90 days as a sparkline', async () => {
    const sparks = table.getByRole('img', { name: /^Balance over the last 90 days/ });
    await expect(sparks.count()).resolves.toBe(3);
    const kempSpark = page.getByRole('row', { name: /Kemp and Sons Ltd/ }).getByRole('img');
    // 90 days back from 2020-03-16 is 2019-12-18: before Kemp's first payment.
    await expect(kempSpark.getAttribute('aria-label')).resolves.toBe(
      'Balance over the last 90 days, from €0.00 to -€700.00',
    );
    await expect(kempSpark.getAttribute('class')).resolves.toContain('sparkline--negative');
  });

  it('refuses an override for a currency that does not exist, and takes a rate with a comma', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Settings' })
      .click();
    const add = page.getByRole('button', { name: 'Add override' });
    await page.getByLabel('Override currency').fill('QQQ');
    await page.getByLabel('Override rate').fill('1,2');
    const overrides = page.getByRole('region', { name: 'Exchange-rate overrides' });
    await expect(overrides.getByRole('alert').textContent()).resolves.toBe(
      'QQQ is not a currency (ISO 4217).',
    );
    await expect.poll(() => add.isDisabled()).toBe(true);
    await page.getByLabel('Override currency').fill('GBP');
    await expect.poll(() => add.isEnabled()).toBe(true);
    await add.click();
    // The stored override's row: its text says GBP (the entry row only holds GBP as an input's value).
    const row = page.getByRole('table', { name: 'Rate overrides' }).locator('tr', { hasText: 'GBP' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('1.2');
  });

  it('asks before turning strict IBAN validation on, saying how many records it would quarantine', async () => {
    const strict = page.getByRole('checkbox', { name: /Strict IBAN validation/ });
    await strict.click();
    const question = page.getByRole('alertdialog', { name: 'Turn strict IBAN validation on?' });
    await question.waitFor();
    await expect(question.textContent()).resolves.toContain('would quarantine 1 of 8 records (12.5 %)');
    await question.getByRole('button', { name: 'Keep it off' }).click();
    await expect.poll(() => strict.isChecked()).toBe(false);
    await strict.click();
    await question.getByRole('button', { name: 'Quarantine 1 record' }).click();
    await expect.poll(() => strict.isChecked()).toBe(true);
  });
});
