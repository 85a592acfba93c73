/**
 * Latency of every read method of the contract: `npm run bench:queries -- --setting
 * small|medium|large [--rounds N] [--busiest N] [--keep FILE] [--companies N] [--records N] [--skip-quality]
 * [--recompute-quality]` builds
 * a deterministic database through the ingest path (queries-dataset.ts), or `--db FILE` measures an
 * already synced one (bench-database.ts). Each method is called as the app calls it, through
 * `dispatch` and the read handlers the query workers run, over one read-only connection: search
 * (names, prefixes, typos, IBAN fragments, ids), and for the busiest companies every company method
 * (contract-reads.ts), then the portfolio (first call on a fresh connection, then every filter and
 * sort), the quality report (left out by `--skip-quality`; `--recompute-quality` also times its figures
 * computed from scratch once, the ceiling they are kept to avoid) and the settings. One warm-up round first; p50/p95/p99/max per row.
 */
import { isDeepStrictEqual } from 'node:util';
import { openReadableDatabase, type ReadableDb } from '../../electron/db/connection';
import { busiestCompanies } from '../../electron/db/queries/busiest-companies';
import { findCompany } from '../../electron/db/queries/companies';
import { countTransactions } from '../../electron/db/queries/account-owners';
import { keptQualityFigures } from '../../electron/db/queries/quality';
import { recomputeQualityFigures } from '../../electron/db/queries/quality-recompute';
import { lastTransactionDay } from '../../electron/db/queries/sync-facts';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider } from '../../electron/services/database-provider';
import { dispatch } from '../../electron/services/dispatch';
import type { Services } from '../../shared/api';
import type { MethodName } from '../../shared/contract';
import { portfolioFilters, portfolioSorts } from '../../shared/portfolio';
import { obtainBenchDatabase, option } from './bench-database';
import { companyCalls } from './contract-reads';

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
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

interface Bench {
  readonly path: string;
  /** Rows in the order first recorded; null while warming up. */
  samples: Map<string, number[]> | null;
}

function readServices(path: string): { services: Services; close(): void } {
  const database = fileDatabaseProvider(path, { migrate: false });
  const services = createServices({
    identity: { name: 'Cashflow Monitor', version: 'bench', dataDirectory: '/nowhere', databasePath: path },
    database,
  });
  return {
    services,
    close: () => {
      database.close();
    },
  };
}

async function timed(bench: Bench, services: Services, row: string, name: MethodName, argument: unknown) {
  const started = performance.now();
  const answer = await dispatch(services, name, argument);
  const ms = performance.now() - started;
  if (!answer.ok) throw new Error(`${row}: ${answer.error.code} ${answer.error.message}`);
  if (bench.samples === null) return;
  const list = bench.samples.get(row) ?? [];
  list.push(ms);
  bench.samples.set(row, list);
}

/**
 * The ceiling the kept quality figures are measured against: the same figures computed from scratch
 * over every record (what each quality report did before migration 0120), timed once, and whether
 * the two agree on this database.
 */
function recomputeOnce(path: string, samples: Map<string, number[]>, log: (line: string) => void): void {
  const db = openReadableDatabase(path);
  try {
    const started = performance.now();
    const recomputed = recomputeQualityFigures(db);
    samples.set('quality figures recomputed from scratch (reference)', [performance.now() - started]);
    const equal = isDeepStrictEqual(recomputed, keptQualityFigures(db));
    log(`Kept quality figures equal the recomputed ones: ${equal ? 'yes' : 'NO'}`);
  } finally {
    db.close();
  }
}

export async function main(args: readonly string[]): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const rounds = Number(option(args, '--rounds') ?? '10');
  const database = obtainBenchDatabase(args, log);
  const db = openReadableDatabase(database.path);
  const last = lastTransactionDay(db) ?? 0;
  const companies = busiestCompanies(db, Number(option(args, '--busiest') ?? '20'));
  const texts = companies.flatMap((id) => searchTexts(db, id));
  log(
    `Database ${database.path}: ${countTransactions(db).toLocaleString('en-US')} records; busiest companies ${companies.join(', ')}`,
  );
  db.close();

  const bench: Bench = { path: database.path, samples: null };
  const reader = readServices(database.path);
  const { services } = reader;
  // Round 0 warms SQLite's page cache and the statement caches, as a running app has them.
  for (let round = 0; round <= rounds; round += 1) {
    bench.samples = round === 0 ? null : (bench.samples ?? new Map());
    for (const text of texts)
      await timed(bench, services, 'searchCompanies', 'searchCompanies', { text, limit: 10 });
    for (const companyId of companies)
      for (const call of companyCalls(companyId, last))
        await timed(bench, services, call.row, call.method, call.argument);
  }
  const samples = bench.samples ?? new Map<string, number[]>();
  bench.samples = samples;

  // The portfolio computes every company on its first call per connection and data version.
  for (let run = 0; run < Math.min(rounds, 3); run += 1) {
    const fresh = readServices(database.path);
    await timed(bench, fresh.services, 'portfolio, first call (fresh connection)', 'portfolio', undefined);
    fresh.close();
  }
  // Each filter over every sort, then each sort over every filter, from the figures the first call
  // on this connection (untimed: the first calls are the row above) keeps.
  await dispatch(services, 'portfolio', undefined);
  const combinations = portfolioFilters.flatMap((filter) =>
    portfolioSorts.flatMap((sort) => (['asc', 'desc'] as const).map((order) => ({ filter, sort, order }))),
  );
  for (const by of ['filter', 'sort'] as const)
    for (let round = 0; round < rounds; round += 1)
      for (const argument of combinations) {
        const row =
          by === 'filter'
            ? `portfolio, filter ${argument.filter} (every sort)`
            : `portfolio, sort by ${argument.sort} (every filter)`;
        await timed(bench, services, row, 'portfolio', { ...argument, limit: 100 });
      }
  for (let round = 0; round < rounds; round += 1)
    await timed(bench, services, 'portfolio, name contains "an"', 'portfolio', { text: 'an' });
  // The home screen's page of 100 rows with their 90-day sparklines (one walk per account shown).
  for (let round = 0; round < rounds; round += 1)
    await timed(bench, services, 'portfolio, page of 100 with 90-day sparklines', 'portfolio', {
      limit: 100,
      sparkDays: 90,
    });
  const qualityRuns = args.includes('--skip-quality') ? 0 : rounds;
  for (let run = 0; run < qualityRuns; run += 1)
    await timed(bench, services, 'qualityReport', 'qualityReport', undefined);
  for (let round = 0; round < rounds; round += 1)
    await timed(bench, services, 'settingsGet', 'settingsGet', undefined);
  reader.close();
  if (args.includes('--recompute-quality')) recomputeOnce(database.path, samples, log);

  log('');
  log('| method and call | samples | p50 ms | p95 ms | p99 ms | max ms |');
  log('|---|---:|---:|---:|---:|---:|');
  for (const [row, values] of samples) {
    const sorted = [...values].sort((a, b) => a - b);
    const cells = [50, 95, 99].map((p) => percentile(sorted, p).toFixed(2));
    log(`| ${row} | ${sorted.length} | ${cells.join(' | ')} | ${(sorted.at(-1) ?? NaN).toFixed(2)} |`);
  }
  database.dispose();
}
