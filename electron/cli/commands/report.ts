/**
 * `cashflow report`: the PDF report pack or a CSV table of a company over a range, or of the whole
 * portfolio, written to --out through a temporary file (never half-written) and never over an
 * existing file unless --force is given.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { z } from 'zod';
import { formatBytes, formatCount } from '../../../shared/format';
import {
  companyReportRequest,
  portfolioReportRequest,
  type ReportRequest,
  type ReportWritten,
} from '../../../shared/reports';
import { AppFailure } from '../../../shared/result';
import type { ExportControl } from '../../reports/export-control';
import { writeReport } from '../../reports/write-report';
import { serviceReportInputs } from '../../services/report-inputs';
import { defaultDatabasePath } from '../../runtime/app-paths';
import { createExportProgress } from '../export-progress';
import { printLines } from './query-output';
import { readOnlyServices } from './query-services';
import { integerOption } from '../output';

interface ReportOptions {
  readonly db?: string;
  readonly company?: string;
  readonly portfolio?: boolean;
  readonly from?: string;
  readonly to?: string;
  readonly currency?: string;
  readonly format: string;
  readonly kind?: string;
  readonly granularity?: string;
  readonly includeQuarantined?: boolean;
  readonly out: string;
  readonly force?: boolean;
  readonly bom?: boolean;
  readonly separator?: string;
  readonly generatedAt?: string;
}

/** The first problem zod found, as one sentence naming the option. */
function invalid(error: z.ZodError): AppFailure {
  const issue = error.issues[0];
  const field = issue?.path[0] === undefined ? null : String(issue.path[0]);
  if (issue !== undefined && field === 'from' && issue.code === 'custom')
    return new AppFailure('invalid-argument', '--from must not be after --to.');
  const option =
    field === null
      ? ''
      : `--${field === 'companyId' ? 'company' : field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `;
  return new AppFailure('invalid-argument', `${option}${issue?.message ?? 'invalid report arguments'}.`);
}

export function reportRequestOf(options: ReportOptions): ReportRequest {
  if (options.portfolio === true && options.company !== undefined)
    throw new AppFailure('invalid-argument', 'Give either --company or --portfolio, not both.');
  if (options.portfolio !== true && options.company === undefined)
    throw new AppFailure('invalid-argument', 'Say what to report on: --company ID or --portfolio.');
  if (options.portfolio !== true && (options.from === undefined || options.to === undefined))
    throw new AppFailure('invalid-argument', 'A company report needs its range: --from and --to.');
  if (options.format === 'pdf' && options.kind !== undefined)
    throw new AppFailure('invalid-argument', '--kind chooses a CSV table; a PDF is the whole report pack.');
  const common = {
    format: options.format,
    ...(options.currency === undefined ? {} : { currency: options.currency }),
    ...(options.kind === undefined ? {} : { kind: options.kind }),
    layout: {
      bom: options.bom === true,
      ...(options.separator === undefined ? {} : { separator: options.separator }),
    },
  };
  const parsed =
    options.portfolio === true
      ? portfolioReportRequest.safeParse({
          scope: 'portfolio',
          ...common,
          ...(options.from === undefined ? {} : { from: options.from }),
          ...(options.to === undefined ? {} : { to: options.to }),
        })
      : companyReportRequest.safeParse({
          scope: 'company',
          ...common,
          companyId: integerOption('company', options.company ?? '', 1),
          from: options.from,
          to: options.to,
          includeQuarantined: options.includeQuarantined === true,
          ...(options.granularity === undefined ? {} : { granularity: options.granularity }),
        });
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

function generatedAtOf(text: string | undefined): () => Date {
  if (text === undefined) return () => new Date();
  const moment = new Date(text);
  if (Number.isNaN(moment.getTime()))
    throw new AppFailure('invalid-argument', `--generated-at must be an ISO 8601 moment (got '${text}').`);
  return () => moment;
}

/** What a written report holds, for people: its rows or pages and its size. */
export function writtenSize(written: ReportWritten): string {
  const what =
    written.rows !== null ? `${formatCount(written.rows)} rows` : `${formatCount(written.pages ?? 0)} pages`;
  return `${what}, ${formatBytes(written.bytes)}`;
}

/** Writes one report from the database file at `path`, through the same services as the queries. */
export async function writeReportFile(
  path: string,
  request: ReportRequest,
  out: string,
  options: { readonly overwrite: boolean; readonly now: () => Date; readonly control: ExportControl },
): Promise<ReportWritten> {
  const { database, services } = readOnlyServices(path);
  try {
    return await writeReport(serviceReportInputs(services, database, options.now), request, out, options);
  } finally {
    database.close();
  }
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('Write the PDF report pack or a CSV table of a company (or the portfolio) to a file.')
    .option('--db <file>', 'the SQLite database to read (default: the desktop app’s database)')
    .option('--company <id>', 'the company to report on')
    .option('--portfolio', 'report on every company instead')
    .option('--from <YYYY-MM-DD>', 'first day of the range (inclusive)')
    .option('--to <YYYY-MM-DD>', 'last day of the range (inclusive)')
    .option('--currency <EUR|USD>', 'reporting currency (default: the setting, EUR)')
    .requiredOption('--format <pdf|csv>', 'a PDF report pack or one CSV table')
    .option(
      '--kind <kind>',
      'CSV table: transactions, daily, series, countries, counterparties, quality (company); portfolio, quality (--portfolio)',
    )
    .option('--granularity <g>', 'bucket of the series table: day, week, month, quarter, year', 'month')
    .option('--include-quarantined', 'also list quarantined records in the transactions table')
    .option(
      '--separator <comma|semicolon>',
      'CSV field separator; semicolon for Excel in comma-decimal locales',
    )
    .option('--bom', 'start the CSV with a UTF-8 byte-order mark (Excel)')
    .requiredOption('--out <file>', 'the file to write')
    .option('--force', 'replace --out if it exists')
    .option('--generated-at <iso>', 'the generated-at moment to print (to regenerate a report identically)')
    .action(async (options: ReportOptions) => {
      const request = reportRequestOf(options);
      const now = generatedAtOf(options.generatedAt);
      const path = options.db ?? defaultDatabasePath();
      if (!existsSync(path))
        throw new AppFailure('not-found', `No database at ${path}: sync a source first or pass --db FILE.`);
      const progress = createExportProgress();
      try {
        const written = await writeReportFile(path, request, options.out, {
          overwrite: options.force === true,
          now,
          control: { progress: progress.update },
        });
        progress.stop();
        printLines([`wrote ${written.path} (${writtenSize(written)})`]);
      } finally {
        progress.stop();
      }
    });
}
