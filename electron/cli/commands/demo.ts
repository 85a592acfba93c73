/**
 * `cashflow demo` (also `npm run demo`): the whole product headless in one command. Starts the
 * bundled CDM simulator on a free loopback port, syncs it through the same worker as the desktop
 * app into the app's own database (so the app then opens the demo data), prints a portfolio
 * summary (the companies most in debt and the data set's quality figures), and writes the report
 * pack and a transactions CSV of the company most in debt into `reports/` beside the database.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { dayFromIso, isoFromDay } from '../../../shared/days';
import { companyReportRequest, suggestedReportName } from '../../../shared/reports';
import { silentControl } from '../../reports/export-control';
import { formatCount } from '../../../shared/format';
import type { QualityReport } from '../../../shared/quality';
import { dialects, type Dialect } from '../../../shared/domain';
import { AppFailure } from '../../../shared/result';
import { demoSourceKey } from '../../services/sync-service';
import { settings, type Setting } from '../../simulator/model';
import { startSimulatorWorker } from '../../simulator/serve/start-worker';
import { startSyncWorker } from '../../sync/start-sync-worker';
import { syncWorkerEntry } from '../../sync/worker-entry';
import { defaultDatabasePath } from '../../runtime/app-paths';
import { oneOf } from '../output';
import { createProgressDisplay } from '../progress-display';
import { formatSummary } from '../sync-summary';
import { money, printLines, table } from './query-output';
import { callService } from './query-services';
import { writeReportFile, writtenSize } from './report';

interface DemoOptions {
  readonly db?: string;
  readonly setting: string;
  readonly dialect: string;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Start the bundled simulator, sync it into the app database and print a portfolio summary.')
    .option('--db <file>', 'database to sync into (default: the desktop app’s database)')
    .option('--setting <setting>', `simulator data size: ${settings.join(', ')}`, 'small')
    .option('--dialect <dialect>', `API dialect to serve: ${dialects.join(', ')}`, 'cdm-api')
    .action(async (options: DemoOptions) => {
      const setting = oneOf<Setting>('setting', options.setting, settings);
      const dialect = oneOf<Dialect>('dialect', options.dialect, dialects);
      const dbPath = options.db ?? defaultDatabasePath();
      process.stderr.write(
        `demo: starting the CDM simulator (${setting}, ${dialect}); the first start generates its data…\n`,
      );
      const simulator = await startSimulatorWorker({ setting, dialect, port: 0 });
      try {
        process.stderr.write(`demo: simulator at ${simulator.url}, syncing into ${dbPath}\n`);
        const display = createProgressDisplay();
        const job = { dbPath, url: simulator.url, sourceKey: demoSourceKey, dialect } as const;
        const summary = await startSyncWorker(job, syncWorkerEntry(), (progress) => {
          display.update(progress);
        }).done;
        display.stop();
        if (summary.error !== null) throw new AppFailure(summary.error.code, summary.error.message);
        const portfolio = await callService({ db: dbPath }, 'portfolio', {
          sort: 'debt',
          order: 'desc',
          limit: 10,
        });
        const quality = await callService({ db: dbPath }, 'qualityReport', {});
        const reports = await demoReports(dbPath, portfolio.rows[0] ?? null, portfolio.asOf);
        printLines([
          formatSummary(summary),
          '',
          `${formatCount(portfolio.total)} companies, ${formatCount(portfolio.overdrawnNowCount)} overdrawn, ${portfolio.currency}, as of ${portfolio.asOf ?? 'no data'}; most in debt:`,
          ...table(
            ['id', 'name', 'balance', 'debt', 'credit', 'net 30d'],
            portfolio.rows.map((row) => [
              String(row.companyId),
              row.name,
              money(row.balance),
              money(row.debt),
              money(row.credit),
              money(row.netFlow30),
            ]),
          ),
          '',
          `data quality: ${qualityLine(quality)}`,
          '',
          ...reports,
          '',
          `Query it: npx cashflow balance --company ${String(portfolio.rows[0]?.companyId ?? 0)} --at ${portfolio.asOf ?? '2021-12-31'}${options.db === undefined ? '' : ` --db ${dbPath}`}`,
        ]);
      } finally {
        await simulator.close();
      }
    });
}

/**
 * The report pack and the transactions table of the company most in debt over the last year of the
 * data, written beside the database (replacing the previous demo's), so the demo shows the
 * exports too.
 */
async function demoReports(
  dbPath: string,
  company: { readonly companyId: number; readonly name: string } | null,
  asOf: string | null,
): Promise<string[]> {
  const last = asOf === null ? null : dayFromIso(asOf);
  if (company === null || last === null) return [];
  const folder = join(dirname(dbPath), 'reports');
  mkdirSync(folder, { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  const lines = [`reports of ${company.name} (${company.companyId}), the last year of data:`];
  for (const format of ['pdf', 'csv'] as const) {
    const request = companyReportRequest.parse({
      scope: 'company',
      companyId: company.companyId,
      from: isoFromDay(last - 364),
      to: isoFromDay(last),
      format,
    });
    const out = join(folder, suggestedReportName(request, company, today));
    const written = await writeReportFile(dbPath, request, out, {
      overwrite: true,
      now: () => new Date(),
      control: silentControl,
    });
    lines.push(`  ${written.path} (${writtenSize(written)})`);
  }
  return lines;
}

function qualityLine(report: QualityReport): string {
  const byReason = new Map<string, number>();
  for (const { reason, count } of report.byReason) byReason.set(reason, (byReason.get(reason) ?? 0) + count);
  const reasons = [...byReason].map(([reason, count]) => `${reason} ${formatCount(count)}`).join(', ');
  return `${formatCount(report.totals.valid)} valid of ${formatCount(report.totals.transactions)} transactions; quarantined: ${reasons === '' ? 'none' : reasons}; ${String(report.rateWarnings.length)} rate-table warnings`;
}
