/**
 * A source's portfolio (scope) in Chromium, over the real sync service, its worker and a running
 * simulator: in Settings the analyst picks two companies from the synced company list (by name and
 * by IBAN) and saves; the source shows its scope. Removing one offers to drop its data, which says
 * how many transactions went. A company outside the portfolio is marked in the search and its view
 * offers "Add to portfolio", which adds it and syncs its history. axe-core finds nothing serious on
 * the editor or the out-of-scope view, in either theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider, type DatabaseProvider } from '../../electron/services/database-provider';
import { dispatch } from '../../electron/services/dispatch';
import { createSyncService, type SecretBox, type SyncService } from '../../electron/services/sync-service';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import { syncWorkerEntry } from '../../electron/sync/worker-entry';
import type { Services } from '../../shared/api';
import type { CompanyProfile } from '../../shared/company-profile';
import type { Result } from '../../shared/result';
import { seriousAxeFindings } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { builtRendererDir } from '../helpers/seeded-host';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';
import { startTestHost, type TestHost } from '../helpers/test-host';

/** How long a poll may wait for a state a click changes (the machine may be busy). */
const patient = { timeout: 30_000 };
const plainBox: SecretBox = { seal: (secret) => secret, open: (sealed) => sealed };

describe('a source limited to a portfolio, in Chromium', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let second: SimulatorServer;
  let database: DatabaseProvider;
  let sync: SyncService;
  let services: Services;
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  // Five companies of the bank, by id: two go into the first source's portfolio, one is added from
  // its view; the fourth is the second source's, and the fifth is added to it from its view.
  let companies: readonly CompanyProfile[];
  const pageErrors: string[] = [];

  const call = async <T>(answer: Promise<Result<T>>): Promise<T> => {
    const result = await answer;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const idle = async () => {
    for (;;) {
      const status = await call(dispatch(services, 'syncStatus', undefined));
      if (status.state !== 'running' && status.lastSummary !== null) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const scopeOfSource = async (url = server.url) =>
    (await call(dispatch(services, 'sourceList', undefined))).find((source) => source.url === url)?.scope;
  const lastRun = async () => (await call(dispatch(services, 'sourceList', undefined)))[0]?.lastRun;
  const company = (index: number): CompanyProfile => {
    const hit = companies[index];
    if (hit === undefined) throw new Error(`No company ${index} in the fixture`);
    return hit;
  };

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 6, sepa: 300, swift: 600 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    second = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    const dbPath = fixture.dbPath('app');
    database = fileDatabaseProvider(dbPath);
    sync = createSyncService({ database, dbPath, workerEntry: syncWorkerEntry(), secrets: plainBox });
    services = createServices({
      identity: {
        name: 'Cashflow Monitor',
        version: '9.8.7',
        dataDirectory: fixture.dir,
        databasePath: dbPath,
      },
      database,
      sync,
    });
    // The whole bank synced once, as before the analyst narrows it.
    await call(dispatch(services, 'sourceAdd', { url: server.url }));
    await call(dispatch(services, 'syncStart', undefined));
    await idle();
    const listed = await call(dispatch(services, 'portfolio', { sort: 'companyId', order: 'asc' }));
    companies = await Promise.all(
      listed.rows
        // The scope schema takes positive ids only (company #0 cannot be scoped yet).
        .filter((row) => row.companyId > 0)
        .slice(0, 5)
        .map((row) => call(dispatch(services, 'companyProfile', { companyId: row.companyId }))),
    );
    host = await startTestHost(builtRendererDir, services);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Settings' })
      .click();
  });

  afterAll(async () => {
    await browser.close();
    await host.close();
    await sync.dispose();
    database.close();
    await server.close();
    await second.close();
    fixture.dispose();
  });

  const row = () => page.getByRole('listitem', { name: server.url });
  const editor = () => page.getByRole('form', { name: `Portfolio of ${server.url}` });
  const picker = () => editor().getByRole('combobox', { name: 'Add a company to the portfolio' });

  it('picks two companies, by name and by IBAN, and the source shows its scope once saved', async () => {
    await row().getByText('Portfolio: Whole bank').waitFor();
    await row().getByRole('button', { name: 'Portfolio', exact: true }).click();
    await editor().getByRole('radio', { name: 'Selected companies' }).check();
    const [first, second] = [company(0), company(1)];
    // An id the synced list lacks (a client of a source not synced yet) can still be chosen.
    await picker().fill('#99999');
    await editor().getByRole('option').filter({ hasText: 'not in the synced company list yet' }).waitFor();
    await picker().fill(first.name);
    await editor().getByRole('option').filter({ hasText: first.name }).waitFor();
    await picker().press('Enter');
    await picker().fill(second.ibans[0] ?? '');
    await editor().getByRole('option').filter({ hasText: second.name }).click();
    const chosen = editor().getByRole('list', { name: 'Companies in the portfolio' });
    await expect
      .poll(() => chosen.getByRole('listitem').allTextContents(), patient)
      .toEqual([
        expect.stringContaining(`#${first.companyId}`),
        expect.stringContaining(`#${second.companyId}`),
      ]);
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme'), patient).toBe(scheme);
      expect(await seriousAxeFindings(page)).toEqual([]);
    }
    await editor().getByRole('button', { name: 'Save portfolio' }).click();
    await expect.poll(() => row().getByText('Portfolio: 2 companies').count(), patient).toBe(1);
    // Narrowed from the whole bank: everything outside the portfolio may go.
    const offer = row().getByRole('alertdialog', { name: 'Drop the data of removed companies?' });
    await offer.getByText('Drop the stored data of every company outside the portfolio?').waitFor();
    const before = await call(
      dispatch(services, 'qualityReport', { currency: 'EUR', samples: 0, companies: 0 }),
    );
    await offer.getByRole('button', { name: 'Drop their data' }).click();
    const done = row().getByRole('status').filter({ hasText: 'Dropped' });
    await done.waitFor();
    const dropped = /Dropped ([\d,]+) stored transactions? outside the portfolio\./.exec(
      (await done.textContent()) ?? '',
    );
    const after = await call(
      dispatch(services, 'qualityReport', { currency: 'EUR', samples: 0, companies: 0 }),
    );
    expect(Number(dropped?.[1]?.replace(/,/g, ''))).toBe(
      before.totals.transactions - after.totals.transactions,
    );
    expect(after.totals.transactions).toBeGreaterThan(0);
    await done.getByRole('button', { name: 'Close' }).click();
    // The keyboard goes on from the button that opened the editor.
    await expect.poll(() => page.evaluate('document.activeElement?.textContent'), patient).toBe('Portfolio');
    await expect
      .poll(() => scopeOfSource(), patient)
      .toEqual({ companyIds: [first.companyId, second.companyId] });
  });

  it('removes a company with the keyboard, and dropping its data says how many transactions went', async () => {
    const first = company(0);
    await row().getByRole('button', { name: 'Portfolio', exact: true }).click();
    const chosen = editor().getByRole('list', { name: 'Companies in the portfolio' });
    await chosen.getByRole('listitem', { name: first.name }).getByRole('button', { name: 'Remove' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chosen.getByRole('listitem').count(), patient).toBe(1);
    await editor().getByRole('button', { name: 'Save portfolio' }).click();
    const offer = row().getByRole('alertdialog', { name: 'Drop the data of removed companies?' });
    await offer.getByText('Drop the stored data of 1 company?').waitFor();
    await expect.poll(() => scopeOfSource(), patient).toEqual({ companyIds: [company(1).companyId] });
    await offer.getByRole('button', { name: 'Drop their data' }).click();
    const done = row().getByRole('status').filter({ hasText: 'Dropped' });
    await done.waitFor();
    const dropped = /Dropped ([\d,]+) stored transactions? of 1 company\./.exec(
      (await done.textContent()) ?? '',
    );
    expect(Number(dropped?.[1]?.replace(/,/g, ''))).toBeGreaterThan(0);
    const profile = await call(dispatch(services, 'companyProfile', { companyId: first.companyId }));
    expect(profile.inScope).toBe(false);
    // The data-quality counts now cover the portfolio, and the report says so.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Data quality' })
      .click();
    await page.getByText('Your sources are limited to a portfolio of 1 company').waitFor();
  });

  it('marks a company outside the portfolio in the search, and its view offers to add it', async () => {
    const outside = company(2);
    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill(outside.name);
    const hit = page
      .getByRole('listbox', { name: 'Matching companies' })
      .getByRole('option')
      .filter({ hasText: outside.name });
    await hit.getByText('not in your portfolio').waitFor();
    await search.press('Enter');
    await page.getByRole('heading', { name: outside.name }).waitFor();
    await page.getByText(`${outside.name} is not in your portfolio`).waitFor();
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme'), patient).toBe(scheme);
      expect(await seriousAxeFindings(page)).toEqual([]);
    }
    const runBefore = await lastRun();
    await page.getByRole('button', { name: 'Add to portfolio' }).click();
    await expect
      .poll(() => scopeOfSource(), patient)
      .toEqual({ companyIds: [company(1).companyId, outside.companyId].sort((a, b) => a - b) });
    // The add started a sync that fetches its history; then the view shows its figures, not the note.
    await expect.poll(lastRun, { timeout: 60_000 }).not.toEqual(runBefore);
    await expect.poll(async () => (await lastRun())?.finishedAt ?? null, { timeout: 60_000 }).not.toBeNull();
    await page.getByRole('table', { name: 'Accounts' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('adds a second source limited to one company, and Add to portfolio then asks which source', async () => {
    const [theirs, next] = [company(3), company(4)];
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('button', { name: 'Add a source' }).click();
    const form = page.getByRole('form', { name: 'New source' });
    await form.getByLabel('CDM API address').fill(second.url);
    await form.getByRole('radio', { name: 'Selected companies' }).check();
    const add = form.getByRole('combobox', { name: 'Add a company to the portfolio' });
    await add.fill(theirs.name);
    await form.getByRole('option').filter({ hasText: theirs.name }).waitFor();
    await add.press('Enter');
    await form.getByRole('listitem', { name: theirs.name }).waitFor();
    await form.getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('listitem', { name: second.url }).getByText('Portfolio: 1 company').waitFor();
    await expect.poll(() => scopeOfSource(second.url), patient).toEqual({ companyIds: [theirs.companyId] });

    const search = page.getByRole('combobox', { name: 'Search companies' });
    await search.fill(next.name);
    await page
      .getByRole('listbox', { name: 'Matching companies' })
      .getByRole('option')
      .filter({ hasText: next.name })
      .waitFor();
    await search.press('Enter');
    await page.getByText(`${next.name} is not in your portfolio`).waitFor();
    const which = page.getByRole('combobox', { name: 'Source', exact: true });
    await expect
      .poll(() => which.locator('option').allTextContents(), patient)
      .toEqual([server.url, second.url]);
    await which.selectOption({ label: second.url });
    await page.getByRole('button', { name: 'Add to portfolio' }).click();
    await expect
      .poll(() => scopeOfSource(second.url), patient)
      .toEqual({ companyIds: [theirs.companyId, next.companyId].sort((a, b) => a - b) });
    expect(pageErrors).toEqual([]);
  });
});
