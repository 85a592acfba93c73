/**
 * Renderer speed in Chromium over the test host: `npm run bench:ui -- [--setting small|medium]
 * [--db FILE] [--keep FILE] [--companies N]`. Builds (or opens) the benchmark database, serves the
 * built renderer with the real services, and measures with the renderer's own performance marks
 * (renderer/src/perf/paint-marks.ts), not sleeps: the portfolio's first paint after navigation, and,
 * for the N busiest companies each selected from the search box after a first warm-up company, the
 * time from selection to the frame that shows the cards, the chart, the map and the transactions.
 * Next to each figure: the services' own time for the same calls over HTTP, the floor of the page.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openReadableDatabase, openWritableDatabase } from '../../electron/db/connection';
import { busiestCompanies } from '../../electron/db/queries/busiest-companies';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import { launchBrowser } from '../helpers/browser';
import { builtRendererDir } from '../helpers/seeded-host';
import { startTestHost } from '../helpers/test-host';
import { benchSettings, buildBenchDatabase, type BenchSetting } from './queries-dataset';

const panels = ['cards', 'chart', 'map', 'transactions'] as const;

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

/** Milliseconds from the company's selection mark to each panel's paint mark, read in the page. */
async function selectCompany(page: Page, companyId: number): Promise<Record<string, number>> {
  const search = page.getByRole('combobox', { name: 'Search companies' });
  await search.fill(String(companyId));
  await page
    .getByRole('option', { name: new RegExp(`#${companyId}\\b`) })
    .first()
    .waitFor();
  await search.press('Enter');
  const names = panels.map((panel) => `${panel}:${companyId}`);
  await page.waitForFunction(
    (wanted) => wanted.every((name) => performance.getEntriesByName(name, 'mark').length > 0),
    names,
    { timeout: 60_000 },
  );
  return page.evaluate(
    ({ id, wanted }) => {
      const start = performance.getEntriesByName(`company-selected:${id}`, 'mark')[0]?.startTime ?? NaN;
      return Object.fromEntries(
        wanted.map((name) => [
          name,
          (performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN) - start,
        ]),
      );
    },
    { id: companyId, wanted: names },
  );
}

export async function main(args: readonly string[]): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (!existsSync(join(builtRendererDir, 'index.html')))
    throw new Error('Build the renderer first: npm run build');
  const count = Number(option(args, '--companies') ?? '20');
  let path = option(args, '--db');
  const scratch =
    path === undefined && option(args, '--keep') === undefined
      ? mkdtempSync(join(tmpdir(), 'cashflow-ui-'))
      : null;
  if (path === undefined) {
    const setting = (option(args, '--setting') ?? 'medium') as BenchSetting;
    path = option(args, '--keep') ?? join(scratch ?? '', 'bench.sqlite');
    log(`Building the ${setting} dataset into ${path}…`);
    const writer = openWritableDatabase(path);
    const records = buildBenchDatabase(writer, benchSettings[setting], log);
    writer.pragma('wal_checkpoint(TRUNCATE)');
    writer.close();
    log(`  ${records.toLocaleString('en-US')} records`);
  }
  const probe = openReadableDatabase(path);
  const companies = busiestCompanies(probe, count + 1);
  probe.close();
  const database = fileDatabaseProvider(path, { migrate: false });
  const identity = {
    name: 'Cashflow Monitor',
    version: 'bench',
    dataDirectory: tmpdir(),
    databasePath: path,
  };
  const host = await startTestHost(builtRendererDir, createServices({ identity, database }));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(host.url);
    await page
      .getByRole('table', { name: 'Portfolio' })
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 120_000 });
    // The portfolio's first paint: the frame after its first row exists, from navigation start.
    const portfolioMs = Number(
      await page.evaluate(
        'new Promise((resolve) => requestAnimationFrame(() => { resolve(performance.now()); }))',
      ),
    );
    const [warmUp, ...measured] = companies;
    if (warmUp === undefined) throw new Error('The database has no companies.');
    const first = await selectCompany(page, warmUp);
    const samples: Record<string, number[]> = Object.fromEntries(panels.map((panel) => [panel, []]));
    const floors: number[] = [];
    for (const companyId of measured) {
      const marks = await selectCompany(page, companyId);
      for (const panel of panels) samples[panel]?.push(marks[`${panel}:${companyId}`] ?? NaN);
      // The services alone, over the same HTTP transport: what the page cannot be faster than.
      floors.push(
        await page.evaluate(async (id) => {
          const started = performance.now();
          const api = (globalThis as unknown as { api: Record<string, (a: unknown) => Promise<unknown>> })
            .api;
          const summary = (await api['companySummary']?.({ companyId: id })) as { value?: { at?: string } };
          const to = summary.value?.at ?? '2022-12-31';
          const from = `${String(Number(to.slice(0, 4)) - 1)}${to.slice(4)}`;
          await Promise.all([
            api['companySeries']?.({ companyId: id, from, to, granularity: 'week' }),
            api['companyCountries']?.({ companyId: id, from, to }),
            api['companyTransactions']?.({ companyId: id, from, to, limit: 100 }),
          ]);
          return performance.now() - started;
        }, companyId),
      );
    }
    log('');
    log(
      `Portfolio first paint (navigation start to the frame after the first row): ${portfolioMs.toFixed(0)} ms`,
    );
    log(
      `First company (warm-up, not counted): ${panels.map((p) => `${p} ${(first[`${p}:${warmUp}`] ?? NaN).toFixed(0)} ms`).join(', ')}`,
    );
    log('');
    log(`| panel painted after selecting a company | samples | p50 ms | p95 ms | max ms |`);
    log('|---|---:|---:|---:|---:|');
    for (const panel of panels) {
      const sorted = [...(samples[panel] ?? [])].sort((a, b) => a - b);
      log(
        `| ${panel} | ${sorted.length} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 95).toFixed(0)} | ${(sorted.at(-1) ?? NaN).toFixed(0)} |`,
      );
    }
    const sortedFloors = [...floors].sort((a, b) => a - b);
    log(
      `| services alone (summary, then series, countries, transactions) | ${sortedFloors.length} | ${percentile(sortedFloors, 50).toFixed(0)} | ${percentile(sortedFloors, 95).toFixed(0)} | ${(sortedFloors.at(-1) ?? NaN).toFixed(0)} |`,
    );
  } finally {
    await browser.close();
    await host.close();
    database.close();
    if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
  }
}
