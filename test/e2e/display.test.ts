import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Company, RawTransaction } from '../../shared/domain';
import { launchBrowser } from '../helpers/browser';
import { ibans, sepa } from '../helpers/records';
import { seededDatabase } from '../helpers/seeded-db';
import { startSeededHost } from '../helpers/seeded-host';
import type { TestHost } from '../helpers/test-host';
import { rates } from './seeded-portfolio';

// A corporate client holding nine digits, with a last month of small movements (a short range).
const giant: Company = {
  companyId: 7,
  name: 'Giant Holdings SE',
  address: 'Kaiserstraße 1, Frankfurt',
  ibans: [ibans.acmeDe],
  reportedBalance: null,
};
const debtor: Company = {
  companyId: 8,
  name: 'Deep Debt Ltd',
  address: '1 Bank Street, London',
  ibans: [ibans.kempGb],
  reportedBalance: null,
};
const records: RawTransaction[] = [
  sepa({
    id: 'g1',
    payer: ibans.foreignCh,
    beneficiary: ibans.acmeDe,
    amount: 123_456_789.12,
    ts: '2020-01-02T09:00:00Z',
  }),
  sepa({
    id: 'd1',
    payer: ibans.kempGb,
    beneficiary: ibans.foreignCh,
    amount: 98_765_432.1,
    ts: '2020-01-03T09:00:00Z',
  }),
  ...Array.from({ length: 20 }, (_, day) =>
    sepa({
      id: `s${String(day)}`,
      payer: day % 2 === 0 ? ibans.foreignCh : ibans.acmeDe,
      beneficiary: day % 2 === 0 ? ibans.acmeDe : ibans.foreignCh,
      amount: 10 + day,
      ts: `2020-03-${String(day + 1).padStart(2, '0')}T10:00:00Z`,
    }),
  ),
];

const theme = (page: Page) => page.locator('html').getAttribute('data-theme');

describe('display: themes, preferences, amounts that fit, ISO dates, width', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase([giant, debtor], records, rates));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').nth(1).waitFor();
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  it('follows the OS scheme until the analyst picks a theme, and remembers the pick', async () => {
    await expect(theme(page)).resolves.toBe('light');
    const background = () => page.evaluate('getComputedStyle(document.documentElement).backgroundColor');
    const lightBackground = await background();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(theme(page)).resolves.toBe('dark');
    await expect(background()).resolves.not.toBe(lightBackground);
    await page.reload();
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
    await expect(theme(page)).resolves.toBe('dark');
    await expect(page.getByRole('combobox', { name: 'Theme' }).inputValue()).resolves.toBe('dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    await expect(theme(page)).resolves.toBe('light');
  });

  it('sums the totals row over every company and fits ten-million amounts in it', async () => {
    const totals = page.getByRole('row', { name: 'Totals' });
    await expect(totals.textContent()).resolves.toContain('Total · 2 companies');
    // 123,456,789.12 − 98,765,432.10 + the small flows' net (−10 over the 20 days).
    await expect(totals.locator('[title]').first().getAttribute('title')).resolves.toBe('€24,691,347.02');
  });

  it('shows nine-digit balances in the cards compactly, the exact amount kept, nothing spilling', async () => {
    await page.getByRole('row', { name: /Giant Holdings SE/ }).click();
    const balance = page.getByRole('article', { name: 'Balance', exact: true });
    await balance.filter({ hasText: '€123.46m' }).waitFor();
    await expect(balance.locator('.money--compact').getAttribute('title')).resolves.toMatch(
      /^€123,456,\d{3}\.\d{2}$/,
    );
    const spilling: number = await page.evaluate(
      "[...document.querySelectorAll('.card__value, .totals dd')].filter((e) => e.scrollWidth > e.clientWidth + 1).length",
    );
    expect(spilling).toBe(0);
  });

  it('keeps the range totals apart (no two labels overlap)', async () => {
    await page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: '1M' }).click();
    await page.getByLabel('Range totals').waitFor();
    const overlaps: number = await page.evaluate(`(() => {
      const boxes = [...document.querySelectorAll('.totals > div')].map((e) => e.getBoundingClientRect());
      let count = 0;
      for (let i = 0; i < boxes.length; i += 1)
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i], b = boxes[j];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) count += 1;
        }
      return count;
    })()`);
    expect(overlaps).toBe(0);
  });

  it('labels the balance axis of a short range without repeats, in the theme’s colours', async () => {
    // Nine days inside the data, so that no forecast continues the line and widens the axis.
    await page.getByLabel('From', { exact: true }).fill('2020-03-02');
    await page.getByLabel('To', { exact: true }).fill('2020-03-10');
    const chart = page.getByRole('img', { name: /^Balance and flows, 2020-03-02 to 2020-03-10/ });
    await chart.locator('svg text').first().waitFor();
    // The balance axis: labels around €123 million, a few euros apart.
    const balanceLabels = async () =>
      (await chart.locator('svg text').allTextContents()).filter((t) => t.startsWith('€123'));
    await expect.poll(async () => (await balanceLabels()).length).toBeGreaterThan(2);
    const labels = await balanceLabels();
    expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
    // The light theme's muted text colour, not the dark one's.
    await expect(chart.locator('svg text[fill="#475569"]').count()).resolves.toBeGreaterThan(0);
    await expect(chart.locator('svg text[fill="#94a3b8"]').count()).resolves.toBe(0);
  });

  it('takes dates as ISO days whatever the locale, and ignores a day that does not exist', async () => {
    const from = page.getByLabel('From', { exact: true });
    await expect(from.getAttribute('type')).resolves.toBe('text');
    await expect(from.getAttribute('placeholder')).resolves.toBe('yyyy-mm-dd');
    const before = await from.inputValue();
    expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await from.fill('2020-02-30');
    await expect(from.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(
      page.getByRole('img', { name: /^Balance and flows/ }).getAttribute('aria-label'),
    ).resolves.toContain(`${before} to`);
    await from.fill('2020-02-10');
    await expect(from.getAttribute('aria-invalid')).resolves.toBe('false');
    // The valid day became the range every panel shows.
    await page.getByRole('img', { name: /^Balance and flows, 2020-02-10 to / }).waitFor();
  });

  it('remembers the currency and the density across a reload', async () => {
    await page
      .getByRole('group', { name: 'Reporting currency' })
      .getByRole('button', { name: 'USD' })
      .click();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('compact rows');
    await page.keyboard.press('Enter');
    await expect(page.locator('html').getAttribute('data-density')).resolves.toBe('compact');
    await page.reload();
    await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').first().waitFor();
    await expect(page.locator('html').getAttribute('data-density')).resolves.toBe('compact');
    await expect(page.getByText(/As of .* · USD/).count()).resolves.toBe(1);
  });

  it('stops the content column at 1680 px on a 4K screen, centred', async () => {
    await page.setViewportSize({ width: 2560, height: 1440 });
    const box = await page.locator('.content__column').boundingBox();
    expect(box?.width).toBe(1680);
    expect(Math.round(box?.x ?? 0)).toBeGreaterThan(400);
  });
});
