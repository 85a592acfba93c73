import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { ibans } from '../helpers/records';
import { seededDatabase } from '../helpers/seeded-db';
import { startSeededHost } from '../helpers/seeded-host';
import type { TestHost } from '../helpers/test-host';
import { demoPortfolio, demoRates } from './demo-portfolio';
import { acme, kemp, nordic, rates, transactions } from './seeded-portfolio';

/** The accessible name of the focused element, or its text when it has none. */
function focused(page: Page): Promise<string> {
  return page.evaluate(
    "(() => { const e = document.activeElement; return e === null ? '' : `${e.tagName} ${e.getAttribute('aria-label') ?? e.textContent ?? ''}`; })()",
  );
}

/** Presses Tab until the focus is on a row of the named table; fails after `limit` presses. */
async function tabToRow(page: Page, table: string, limit = 40): Promise<string> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const inRow: boolean = await page.evaluate(
      `document.activeElement?.closest('table')?.getAttribute('aria-label') === ${JSON.stringify(table)} && document.activeElement?.tagName === 'TR'`,
    );
    if (inRow) return focused(page);
  }
  throw new Error(`No row of ${table} within ${String(limit)} Tab presses`);
}

describe('keyboard-only use of the main flows in Chromium', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    host = await startSeededHost(seededDatabase([acme, kemp, nordic], transactions, rates));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr').nth(2).waitFor();
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  it('focuses the search with /, opens a company with Enter and moves the focus to its heading', async () => {
    await page.keyboard.press('/');
    await expect(focused(page)).resolves.toBe('INPUT Search companies');
    await page.keyboard.type('nordic');
    await page.getByRole('option', { name: /Nordic Timber AS/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nordic Timber AS' }).waitFor();
    await expect(focused(page)).resolves.toBe('H2 Nordic Timber AS');
  });

  it('goes back with Esc and Alt+←, forward with Alt+→ and the mouse buttons', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('heading', { name: 'Nordic Timber AS' }).waitFor();
    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
    // Mouse buttons 4 and 5 (button 3 and 4 in DOM numbering) are forward and back.
    await page.evaluate("window.dispatchEvent(new MouseEvent('mouseup', { button: 4 }))");
    await page.getByRole('heading', { name: 'Nordic Timber AS' }).waitFor();
    await page.evaluate("window.dispatchEvent(new MouseEvent('mouseup', { button: 3 }))");
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
  });

  it('undoes a range change with Alt+← before leaving the company', async () => {
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('heading', { name: 'Nordic Timber AS' }).waitFor();
    const presets = page.getByRole('group', { name: 'Time range' });
    await presets.getByRole('button', { name: '1M' }).click();
    await presets.locator('button[aria-pressed="true"]', { hasText: '1M' }).waitFor();
    await page.locator('h2', { hasText: 'Nordic Timber AS' }).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await presets.locator('button[aria-pressed="true"]', { hasText: '1Y' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Nordic Timber AS' }).count()).resolves.toBe(1);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
  });

  it('opens the first hit when Enter comes before the search has answered', async () => {
    await page.keyboard.press('/');
    // Typed and confirmed at once: the answer cannot be there yet (it waits for typing to pause).
    await page.keyboard.type('kemp');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kemp and Sons Ltd' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
  });

  it('shows the IBAN that matched, not the company’s first', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type(ibans.acmeNl.slice(0, 12));
    const hit = page.getByRole('option', { name: /Acme Trading GmbH/ });
    await hit.waitFor();
    await expect(hit.textContent()).resolves.toContain('NL02 ABNA 0123 4567 89');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  it('walks the portfolio with the arrow keys as one Tab stop, opens a row with Enter', async () => {
    await page.locator('h2', { hasText: 'Portfolio' }).focus();
    await expect(tabToRow(page, 'Portfolio')).resolves.toMatch(/^TR Kemp and Sons Ltd/);
    await page.keyboard.press('ArrowDown');
    await expect(focused(page)).resolves.toMatch(/^TR Acme Trading GmbH/);
    await page.keyboard.press('End');
    await expect(focused(page)).resolves.toMatch(/^TR Nordic Timber AS/);
    await page.keyboard.press('ArrowUp');
    await expect(focused(page)).resolves.toMatch(/^TR Acme Trading GmbH/);
    // Only the active row is in the Tab order.
    const stops = await page
      .getByRole('table', { name: 'Portfolio' })
      .locator('tbody tr[tabindex="0"]')
      .count();
    expect(stops).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Acme Trading GmbH' }).waitFor();
  });

  it('returns to the row it left from when going back', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'Portfolio' }).waitFor();
    await expect.poll(() => focused(page)).toMatch(/^TR Acme Trading GmbH/);
  });

  it('runs the command palette: a screen, then a company typed and confirmed at once', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('data quality');
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Data quality' }).waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('nordic');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nordic Timber AS' }).waitFor();
  });

  it('offers recently opened companies in the palette', async () => {
    await page.keyboard.press('Control+k');
    const recent = page.getByRole('listbox', { name: 'Commands' }).getByRole('option');
    await recent.filter({ hasText: 'Acme Trading GmbH' }).waitFor();
    await expect(recent.first().textContent()).resolves.toContain('Recent companies');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor({ state: 'detached' });
  });

  it('opens a company from the quality report with the keyboard', async () => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type('data quality');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Data quality' }).waitFor();
    await expect(tabToRow(page, 'Companies with quarantined records')).resolves.toMatch(/^TR /);
    const name = (await focused(page)).replace(/^TR /, '').split(' #')[0] ?? '';
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: name.trim() }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});

describe('the portfolio keeps its scroll position on return from a company', () => {
  let host: TestHost;
  let browser: Browser;

  beforeAll(async () => {
    const { companies, transactions: demo } = demoPortfolio();
    host = await startSeededHost(seededDatabase(companies, demo, demoRates));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
  });

  it('scrolls back to where the analyst was', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 500 } });
    await page.goto(host.url);
    const rows = page.getByRole('table', { name: 'Portfolio' }).locator('tbody tr');
    await rows.nth(20).waitFor();
    const scrollTop = async () =>
      Number(await page.evaluate("document.querySelector('main.content').scrollTop"));
    await page.evaluate("document.querySelector('main.content').scrollTop = 400");
    const before = await scrollTop();
    expect(before).toBeGreaterThan(300);
    await rows.nth(15).click();
    await page.locator('.company-header h2').waitFor();
    // A company opens at its top, whatever the portfolio's offset was.
    await expect.poll(scrollTop).toBe(0);
    await page.keyboard.press('Escape');
    await rows.nth(20).waitFor();
    await expect.poll(scrollTop).toBe(before);
    await page.close();
  });
});
