/**
 * The report pack for a company of the simulator's `small` setting, read back with poppler: its
 * text carries the company, the range, and balance, debt and credit exactly as `cashflow balance`
 * prints them at the range end, and every country `cashflow countries` lists for the range; every
 * page renders; the same arguments give the same bytes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amountText } from '../../electron/reports/pdf/figures';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import { pdfFonts, pdfPageCount, pdfText, renderPages } from '../helpers/pdf-tools';
import { runCli } from '../helpers/run-cli';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

let fixture: SimFixture;
let dbPath = '';
let out = '';
let companyId = '';
const from = '2021-01-01';
const to = '2021-12-31';
const generatedAt = '2026-01-15T09:30:00Z';

function report(path: string) {
  return runCli(
    'report',
    ...['--db', dbPath, '--company', companyId, '--from', from, '--to', to],
    ...['--format', 'pdf', '--out', path, '--generated-at', generatedAt],
  );
}

beforeAll(async () => {
  fixture = simFixture({ setting: 'small' });
  const server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
  try {
    dbPath = fixture.dbPath('report');
    await runSyncJob({ dbPath, url: server.url, dialect: 'auto', tuning: fastTuning });
  } finally {
    await server.close();
  }
  out = mkdtempSync(join(fixture.dir, 'pdf-'));
  // The company most in debt: the one a credit committee asks about.
  const portfolio = await runCli('portfolio', '--db', dbPath, '--sort', 'debt', '--limit', '1', '--json');
  companyId = String((JSON.parse(portfolio.stdout) as { rows: { companyId: number }[] }).rows[0]?.companyId);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  fixture.dispose();
});

describe('the PDF report pack of a small-setting company', () => {
  it('states the company, the range and the balance cards as cashflow balance prints them', async () => {
    const path = join(out, 'report.pdf');
    const run = await report(path);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const balance = JSON.parse(
      (await runCli('balance', '--db', dbPath, '--company', companyId, '--at', to, '--json')).stdout,
    ) as { balance: number; debt: number; credit: number };
    const text = pdfText(path);
    // `cashflow balance` names the company on its first line: "NAME (ID) at the end of DAY, CUR".
    const summary = await runCli('balance', '--db', dbPath, '--company', companyId, '--at', to);
    const firstLine = summary.stdout.split('\n')[0] ?? '';
    const name = firstLine.slice(0, firstLine.lastIndexOf(` (${companyId}) at the end of`));
    expect(name.length).toBeGreaterThan(0);
    expect(text).toContain(name);
    expect(text).toContain(`${from} to ${to}`);
    for (const figure of [balance.balance, balance.debt, balance.credit])
      expect(text).toContain(amountText(figure));
  });

  it('lists every country cashflow countries gives for the range', async () => {
    const text = pdfText(join(out, 'report.pdf'));
    const countries = JSON.parse(
      (
        await runCli(
          'countries',
          '--db',
          dbPath,
          '--company',
          companyId,
          '--from',
          from,
          '--to',
          to,
          '--json',
        )
      ).stdout,
    ) as { countries: { country: string; name: string; inflow: number; outflow: number }[] };
    expect(countries.countries.length).toBeGreaterThan(0);
    for (const country of countries.countries) {
      expect(text).toMatch(
        new RegExp(
          `${country.country}\\s+${country.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 12)}`,
        ),
      );
      expect(text).toContain(amountText(country.outflow));
    }
  });

  it('numbers every page, embeds every font and renders every page', () => {
    const path = join(out, 'report.pdf');
    const pages = pdfPageCount(path);
    expect(pages).toBeGreaterThanOrEqual(5);
    const text = pdfText(path);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(pdfFonts(path).every((font) => font.embedded)).toBe(true);
    expect(renderPages(path, join(out, 'page'))).toHaveLength(pages);
  });

  it('gives the same bytes for the same database and arguments', async () => {
    const again = join(out, 'again.pdf');
    expect((await report(again)).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(join(out, 'report.pdf')))).toBe(true);
  });
});
