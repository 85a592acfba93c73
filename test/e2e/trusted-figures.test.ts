/**
 * The figures an analyst must be able to trust, in Chromium over real services, on data converted
 * with the bank's own rate table: how figures were converted, ranges cut to the synced data, the
 * day the cards show, internal transfers, possible duplicates and sorting by converted amount.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { parseExposerRates } from '../../electron/sources/wire/exposer-records';
import type { Company } from '../../shared/domain';
import { launchBrowser } from '../helpers/browser';
import { readExposerFixture } from '../helpers/fixtures';
import { ibans, sepa, swift } from '../helpers/records';
import { seededDatabase } from '../helpers/seeded-db';
import type { TestHost } from '../helpers/test-host';
import { startSeededHost } from '../helpers/seeded-host';

const bankRates = parseExposerRates(readExposerFixture('exposer-exchange-rates.json')).rates;

const companies: Company[] = [
  {
    companyId: 1,
    name: 'Acme Trading GmbH',
    address: 'Berlin',
    ibans: [ibans.acmeDe, ibans.acmeNl],
    reportedBalance: 1400,
  },
  {
    companyId: 2,
    name: 'Kemp and Sons Ltd',
    address: 'London',
    ibans: [ibans.kempGb],
    reportedBalance: null,
  },
];

const transactions = [
  sepa({ id: '1', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 1000, ts: '2020-01-06T09:00:00Z' }),
  // Between Acme's own accounts: not cash flow of the company.
  sepa({ id: '2', payer: ibans.acmeDe, beneficiary: ibans.acmeNl, amount: 250, ts: '2020-01-20T09:00:00Z' }),
  // 100,000 JPY is €820: the largest raw amount, not the largest converted one.
  swift({
    id: '3',
    payer: ibans.foreignCh,
    beneficiary: ibans.acmeNl,
    amount: 100_000,
    currency: 'JPY',
    ts: '2020-02-03T10:00:00Z',
  }),
  // Identical apart from the id: a possible duplicate.
  sepa({ id: '7', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ts: '2020-02-10T08:00:00Z' }),
  sepa({ id: '8', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ts: '2020-02-10T08:00:00Z' }),
  swift({
    id: '4',
    payer: ibans.acmeNl,
    beneficiary: ibans.foreignNo,
    amount: 500,
    currency: 'USD',
    ts: '2020-03-16T12:00:00Z',
  }),
];

describe("figures an analyst can trust, on the bank's rate table", () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const card = (title: string | RegExp): Locator => page.getByRole('article', { name: title, exact: true });

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase(companies, transactions, bankRates));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  it('states how the portfolio is converted, with no warning for the inferred reading', async () => {
    const note = page.getByLabel('How figures are converted').first();
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(
      /1 USD = 1\.09\d\d EUR \(median of 4 rows' cross rates\)/,
    );
    await expect(note.getAttribute('title')).resolves.toContain(
      'usd_rate read as units per USD (inferred from the table)',
    );
    expect(await page.getByRole('alert', { name: 'Exchange-rate warning' }).count()).toBe(0);
  });

  it('shows the balance at the end of the chosen range, saying which day, and says when the range was cut', async () => {
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('acme');
    await page.getByRole('option', { name: /Acme Trading GmbH/ }).waitFor();
    await search.press('Enter');
    await page.getByRole('heading', { name: 'Acme Trading GmbH' }).waitFor();
    await page.getByLabel('To', { exact: true }).fill('2020-01-31');
    await card('Balance').filter({ hasText: 'End of 2020-01-31' }).waitFor();
    // DE 1000 − 250 and NL + 250 at the end of January.
    await expect(card('Balance').textContent()).resolves.toContain('€1,000.00');
    await page.getByLabel('To', { exact: true }).fill('2030-12-31');
    await card('Balance').filter({ hasText: 'the last synced day (asked for 2030-12-31)' }).waitFor();
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('not to 2030-12-31');
    await expect(page.getByLabel('Synced data').textContent()).resolves.toContain('2020-01-06 – 2020-03-16');
  });

  it('lists transfers between own accounts apart from the flows', async () => {
    await expect(page.getByLabel('Internal transfers').textContent()).resolves.toMatch(/: 1 \(€250\.00\)/);
    const counterparties = page.getByRole('table', { name: 'Counterparties' });
    await counterparties.locator('tbody tr').first().waitFor();
    await expect(counterparties.textContent()).resolves.not.toContain('Acme Trading GmbH');
  });

  it('explains the reported balance without alarming about a small difference', async () => {
    const reported = card('Reported balance');
    // Computed €1,413.08 (DE 890, NL 250 + 820 − 500 USD at the cross rate) against the bank's €1,400.
    await expect(reported.textContent()).resolves.toContain("The bank's figure");
    await expect(reported.textContent()).resolves.toContain('€13.08');
    expect(await reported.getAttribute('class')).not.toContain('card--bad');
  });

  it('flags possible duplicates and sorts by the converted amount', async () => {
    const table = page.getByRole('table', { name: 'Transactions' });
    await table.locator('tbody tr').filter({ hasText: 'possible duplicate' }).nth(1).waitFor();
    await table.getByRole('button', { name: 'EUR' }).click();
    await table.locator('tbody tr').first().filter({ hasText: '1,000.00' }).waitFor();
    const second = await table.locator('tbody tr').nth(1).textContent();
    expect(second).toContain('¥100,000');
  });

  it('warns in context when the analyst forces a reading that makes figures implausible', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByLabel('usd_rate column').selectOption('multiply');
    await page.getByLabel('eur_rate column').selectOption('multiply');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Data quality' })
      .click();
    await expect(page.getByLabel('Possible duplicates').first().textContent()).resolves.toContain('1 groups');
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('acme');
    await page.getByRole('option', { name: /Acme Trading GmbH/ }).waitFor();
    await search.press('Enter');
    await page.getByRole('alert', { name: 'Exchange-rate warning' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
