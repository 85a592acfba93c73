/**
 * Reports: `npm run bench:reports [-- --rows N] [--rounds N] [--keep DIR]` (--keep keeps the
 * databases in DIR, and a later run with the same DIR reuses them).
 *
 * 1. The PDF report pack of the busiest company of the `medium` query dataset (1,000 companies,
 *    1.1 M records, built through the ingest path) over its last year: time per report (goal ≤ 2 s).
 * 2. A transactions CSV of N rows (default 1,000,000: one company, every record its own): time,
 *    rows per second and the exporting process's peak RSS (goal ≤ 200 MB), next to the peak of a
 *    process that loads the same modules and exports nothing.
 *
 * Each report runs in a child process (report-child.ts) so its peak RSS is its own, not the one of
 * the process that built the databases.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReadableDatabase, openWritableDatabase } from '../../electron/db/connection';
import { busiestCompanies } from '../../electron/db/queries/busiest-companies';
import { lastTransactionDay } from '../../electron/db/queries/sync-facts';
import { isoFromDay } from '../../shared/days';
import { benchSettings, buildBenchDatabase, type BenchSize } from './queries-dataset';

interface ChildReport {
  readonly wallMs: number;
  readonly times: readonly number[];
  readonly peakMb: number;
  readonly exitCode: number;
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

const root = join(import.meta.dirname, '../..');

function child(args: readonly string[]): ChildReport {
  const output = execFileSync(
    process.execPath,
    [join(root, 'bin/run-ts.js'), 'test/bench/report-child.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const last = /[^\n]*$/.exec(output.trim())?.[0] ?? '{}';
  const report = JSON.parse(last) as ChildReport;
  if (report.exitCode !== 0) throw new Error(`cashflow report failed: ${output}`);
  return report;
}

/** Builds a dataset, or reuses the one a run with the same --keep folder left there. */
function build(path: string, size: BenchSize, log: (line: string) => void): void {
  if (existsSync(path)) {
    log(`  reusing ${path}`);
    return;
  }
  const started = performance.now();
  const db = openWritableDatabase(path);
  const records = buildBenchDatabase(db, size, () => undefined);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  log(
    `  built ${records.toLocaleString('en-US')} records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

export function main(args: readonly string[]): void {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const rows = Number(option(args, '--rows') ?? '1000000');
  const rounds = Math.max(2, Number(option(args, '--rounds') ?? '4'));
  const keep = option(args, '--keep');
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'cashflow-bench-reports-'));
  mkdirSync(dir, { recursive: true });
  try {
    log('PDF report pack, medium dataset:');
    const medium = join(dir, 'medium.sqlite');
    build(medium, benchSettings.medium, log);
    const db = openReadableDatabase(medium);
    const companyId = busiestCompanies(db, 1)[0] ?? 1;
    const last = lastTransactionDay(db) ?? 0;
    db.close();
    const range = ['--from', isoFromDay(last - 364), '--to', isoFromDay(last)];
    const pdf = join(dir, 'report.pdf');
    // One process, several reports: the first also loads the PDF modules (ECharts, pdfkit, the map).
    const report = child([
      '--repeat',
      String(rounds),
      'report',
      '--db',
      medium,
      '--company',
      String(companyId),
      ...range,
      '--format',
      'pdf',
      '--out',
      pdf,
      '--force',
    ]);
    const warm = report.times.slice(1).sort((a, b) => a - b);
    log(`  company ${companyId}, ${range[1]} to ${range[3]}, ${(statSync(pdf).size / 1024).toFixed(0)} KB`);
    log(
      `  first report ${(report.wallMs / 1000).toFixed(2)} s (loading the PDF modules included); then ${warm.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s, median ${((warm[Math.floor(warm.length / 2)] ?? 0) / 1000).toFixed(2)} s`,
    );
    log(`  peak RSS ${report.peakMb.toFixed(0)} MB`);

    log(`Transactions CSV, ${rows.toLocaleString('en-US')} rows of one company:`);
    const big = join(dir, 'one-company.sqlite');
    build(big, { companies: 1, sepa: 0, swift: rows }, log);
    const baseline = child(['--idle']);
    const out = join(dir, 'transactions.csv');
    const csv = child([
      'report',
      '--db',
      big,
      '--company',
      '1',
      '--from',
      '2019-01-01',
      '--to',
      '2022-12-31',
      '--format',
      'csv',
      '--kind',
      'transactions',
      '--out',
      out,
      '--force',
    ]);
    const bytes = statSync(out).size;
    log(
      `  ${(csv.wallMs / 1000).toFixed(1)} s, ${Math.round(rows / (csv.wallMs / 1000)).toLocaleString('en-US')} rows/s, ${(bytes / 1024 / 1024).toFixed(0)} MB written`,
    );
    log(
      `  peak RSS ${csv.peakMb.toFixed(0)} MB (goal ≤ 200); the same process exporting nothing peaks at ${baseline.peakMb.toFixed(0)} MB`,
    );
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}
