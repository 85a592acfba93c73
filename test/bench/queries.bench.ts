/**
 * Latency of the hot analytics: `npm run bench:queries -- --setting small|medium|large [--rounds N]
 * [--keep FILE] [--companies N] [--records N]` builds a deterministic database through the ingest
 * path (queries-dataset.ts; the overrides shrink or grow a setting, records split 1:10 SEPA:SWIFT), or
 * `--db FILE` measures an already synced one. For the 20 busiest companies it times search (names,
 * prefixes, typos, IBAN fragments, ids), the summary at the last day, a four-year daily series and
 * four-year countries, each through a read-only connection as the app uses, and prints p50/p95/p99.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { companyBalance } from '../../electron/analytics/balance';
import { countriesTransacted } from '../../electron/analytics/countries';
import { portfolio } from '../../electron/analytics/portfolio';
import { qualityReport } from '../../electron/analytics/quality';
import { searchCompanies } from '../../electron/analytics/search';
import { companySeries } from '../../electron/analytics/series';
import { openReadableDatabase, openWritableDatabase, type ReadableDb } from '../../electron/db/connection';
import { busiestCompanies } from '../../electron/db/queries/busiest-companies';
import { findCompany } from '../../electron/db/queries/companies';
import { countTransactions } from '../../electron/db/queries/account-owners';
import { lastTransactionDay } from '../../electron/db/queries/sync-facts';
import { benchSettings, buildBenchDatabase, type BenchSetting } from './queries-dataset';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

function time(samples: number[], run: () => unknown): void {
  const started = performance.now();
  run();
  samples.push(performance.now() - started);
}

/** Search texts an analyst types for a company: name, prefix, a typo, an IBAN fragment, the id. */
function searchTexts(db: ReadableDb, companyId: number): string[] {
  const company = findCompany(db, companyId);
  if (company === null) return [];
  const name = company.name;
  const typo = name.length > 4 ? `${name.slice(0, 2)}${name[3] ?? ''}${name[2] ?? ''}${name.slice(4)}` : name;
  const iban = company.ibans[0] ?? '';
  const fragment = `${iban.slice(0, 4)} ${iban.slice(4, 8)} ${iban.slice(8, 12)}`.toLowerCase();
  return [name, name.slice(0, 4), typo, fragment, String(companyId)];
}

export async function main(args: readonly string[]): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const rounds = Number(option(args, '--rounds') ?? '10');
  let path = option(args, '--db');
  let scratch: string | null = null;
  if (path === undefined) {
    const setting = (option(args, '--setting') ?? 'medium') as BenchSetting;
    if (!(setting in benchSettings))
      throw new Error(`unknown setting '${setting}' (use ${Object.keys(benchSettings).join(', ')})`);
    scratch = option(args, '--keep') === undefined ? mkdtempSync(join(tmpdir(), 'cashflow-bench-')) : null;
    path = option(args, '--keep') ?? join(scratch ?? '', 'bench.sqlite');
    log(`Building the ${setting} dataset (overrides applied) into ${path} through the ingest path…`);
    const started = performance.now();
    const writer = openWritableDatabase(path);
    const companies = option(args, '--companies');
    const total = option(args, '--records');
    const size = {
      companies: companies === undefined ? benchSettings[setting].companies : Number(companies),
      sepa: total === undefined ? benchSettings[setting].sepa : Math.round(Number(total) / 11),
      swift: total === undefined ? benchSettings[setting].swift : Math.round((Number(total) * 10) / 11),
    };
    const records = buildBenchDatabase(writer, size, log);
    writer.pragma('wal_checkpoint(TRUNCATE)');
    writer.close();
    log(
      `  ${records.toLocaleString('en-US')} records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const db = openReadableDatabase(path);
  const last = lastTransactionDay(db) ?? 0;
  const from = last - 4 * 365 + 1;
  const companies = busiestCompanies(db, 20);
  log(
    `Database ${path}: ${countTransactions(db).toLocaleString('en-US')} records; busiest companies ${companies.join(', ')}`,
  );

  const samples: Record<string, number[]> = {
    search: [],
    summary: [],
    'series (4 y daily)': [],
    'countries (4 y)': [],
  };
  const texts = companies.flatMap((id) => searchTexts(db, id));
  // One warm-up round fills SQLite's page cache and the statement caches, as a running app has.
  for (let round = 0; round <= rounds; round += 1) {
    const target =
      round === 0 ? Object.fromEntries(Object.keys(samples).map((k) => [k, [] as number[]])) : samples;
    for (const text of texts)
      time(target['search'] ?? [], () => searchCompanies(db, { text, limit: 10, currency: 'EUR' }));
    for (const companyId of companies) {
      time(target['summary'] ?? [], () => companyBalance(db, { companyId, currency: 'EUR' }));
      time(target['series (4 y daily)'] ?? [], () =>
        companySeries(db, { companyId, fromDay: from, toDay: last, granularity: 'day', currency: 'EUR' }),
      );
      time(target['countries (4 y)'] ?? [], () =>
        countriesTransacted(db, { companyId, fromDay: from, toDay: last, currency: 'EUR' }),
      );
    }
  }
  log('');
  log('| query | samples | p50 ms | p95 ms | p99 ms | max ms |');
  log('|---|---:|---:|---:|---:|---:|');
  for (const [kind, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    const cells = [50, 95, 99].map((p) => percentile(sorted, p).toFixed(2));
    log(`| ${kind} | ${sorted.length} | ${cells.join(' | ')} | ${(sorted.at(-1) ?? NaN).toFixed(2)} |`);
  }
  // Portfolio: the first call computes every company; later sorts and pages reuse it until the data changes.
  const portfolioTimes: number[] = [];
  for (let run = 0; run < 4; run += 1) {
    time(portfolioTimes, () =>
      portfolio(db, {
        currency: 'EUR',
        filter: 'went-overdrawn',
        sort: run % 2 === 0 ? 'debt' : 'name',
        order: 'desc',
        offset: 0,
        limit: 100,
      }),
    );
  }
  // The home screen's page of 100 rows with their 90-day sparklines (one walk per account shown).
  const sparkTimes: number[] = [];
  for (let run = 0; run < 3; run += 1)
    time(sparkTimes, () =>
      portfolio(db, {
        currency: 'EUR',
        filter: 'went-overdrawn',
        sort: 'debt',
        order: 'desc',
        offset: 0,
        limit: 100,
        sparkDays: 90,
      }),
    );
  const qualityTimes: number[] = [];
  for (let run = 0; run < 3; run += 1)
    time(qualityTimes, () => qualityReport(db, { currency: 'EUR', samples: 5, companies: 20 }));
  log(`| portfolio, all companies: first call | 1 | ${(portfolioTimes[0] ?? NaN).toFixed(1)} | | | |`);
  log(
    `| portfolio, re-sorted (cached figures) | 3 | ${Math.min(...portfolioTimes.slice(1)).toFixed(2)} | | | |`,
  );
  log(`| portfolio, page of 100 with 90-day sparklines | 3 | ${Math.min(...sparkTimes).toFixed(2)} | | | |`);
  log(`| quality report | 3 | ${Math.min(...qualityTimes).toFixed(1)} | | | |`);
  db.close();
  if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
  await Promise.resolve();
}
