/**
 * The chart drives the page, in Chromium over real services and the deterministic demo portfolio:
 * dragging across the balance chart or zooming it sets the range of every panel, Back returns to
 * the range before, the flows compare with an earlier period, and the forecast continues the line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { seededDatabase } from '../helpers/seeded-db';
import { startSeededHost } from '../helpers/seeded-host';
import type { TestHost } from '../helpers/test-host';
import { demoPortfolio, demoRates } from './demo-portfolio';

describe('the balance chart drives the company view', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const demo = demoPortfolio();
  const from = (): Locator => page.getByLabel('From', { exact: true });
  const to = (): Locator => page.getByLabel('To', { exact: true });
  const chart = (): Locator => page.getByRole('region', { name: 'Balance and flows' }).locator('.echart');
  const rangeCount = async (): Promise<string> =>
    (await page
      .getByRole('region', { name: 'Balance and flows' })
      .getByText(/^Transactions/)
      .locator('..')
      .textContent()) ?? '';

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase(demo.companies, demo.transactions, demoRates));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill('Acme Trading');
    // Enter at once: the first hit opens when the answer arrives.
    await search.press('Enter');
    await page.getByRole('heading', { name: 'Acme Trading GmbH' }).waitFor();
    await chart().locator('svg').waitFor();
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  /** Drags across the plot from one share of its width to another. */
  async function drag(start: number, end: number): Promise<void> {
    const box = await chart().boundingBox();
    if (box === null) throw new Error('The chart has no box.');
    const left = box.x + 72;
    const width = box.width - 96;
    const y = box.y + box.height * 0.3;
    await page.mouse.move(left + width * start, y);
    await page.mouse.down();
    await page.mouse.move(left + width * ((start + end) / 2), y, { steps: 4 });
    await page.mouse.move(left + width * end, y, { steps: 4 });
    await page.mouse.up();
  }

  it('narrows every panel to the buckets dragged across, and Back restores the range before', async () => {
    const opening = { from: await from().inputValue(), to: await to().inputValue() };
    const openingCount = await rangeCount();
    await drag(0.25, 0.6);
    await expect.poll(() => from().inputValue()).not.toBe(opening.from);
    const narrowed = { from: await from().inputValue(), to: await to().inputValue() };
    expect(narrowed.from > opening.from).toBe(true);
    expect(narrowed.to < opening.to).toBe(true);
    // No preset is pressed for a range chosen on the chart.
    await expect(
      page.getByRole('group', { name: 'Time range' }).locator('button[aria-pressed=true]').count(),
    ).resolves.toBe(0);
    // The cards, the totals and the transactions follow the new range.
    await page.getByRole('article', { name: 'Balance', exact: true }).getByText(narrowed.to).waitFor();
    await expect.poll(rangeCount).not.toBe(openingCount);
    const table = page.getByRole('region', { name: 'Transactions' });
    const first = await table.locator('tbody tr td').first().textContent();
    expect((first ?? '').slice(0, 10) <= narrowed.to).toBe(true);
    expect((first ?? '').slice(0, 10) >= narrowed.from).toBe(true);

    const back = page.getByRole('button', { name: '← Back' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => from().inputValue()).toBe(opening.from);
    await expect(to().inputValue()).resolves.toBe(opening.to);
    await expect.poll(() => back.isDisabled()).toBe(true);
  });

  it('takes a wheel zoom as the range once it settles', async () => {
    const before = await from().inputValue();
    const box = await chart().boundingBox();
    if (box === null) throw new Error('The chart has no box.');
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3);
    for (let step = 0; step < 4; step += 1) await page.mouse.wheel(0, -240);
    await expect.poll(() => from().inputValue(), { timeout: 5000 }).not.toBe(before);
    await page.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => from().inputValue()).toBe(before);
  });

  it('compares the flows with the same days a year before', async () => {
    await page
      .getByRole('group', { name: 'Compare flows with' })
      .getByRole('button', { name: 'Year before' })
      .click();
    const compared = page
      .getByRole('definition')
      .filter({ hasText: /\d{4}-\d\d-\d\d – / })
      .first();
    await compared.waitFor();
    const shownFrom = await from().inputValue();
    const yearBefore = `${String(Number(shownFrom.slice(0, 4)) - 1)}${shownFrom.slice(4, 7)}`;
    await expect(compared.textContent()).resolves.toContain(yearBefore);
    await chart().locator('text', { hasText: 'Net flow, year before' }).first().waitFor();
  });

  it('draws the forecast as a continuation with its 80 and 95 % bands', async () => {
    await chart().locator('text', { hasText: 'Forecast 80 %' }).first().waitFor();
    await chart().locator('text', { hasText: 'Forecast 95 %' }).first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});
