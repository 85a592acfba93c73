/** The CSV tables over every company: the ranked portfolio and the quarantined-records list. */
import type { PortfolioRow } from '../../../shared/portfolio';
import type { PortfolioReportRequest } from '../../../shared/reports';
import { quarantinedStream } from '../../analytics/export-streams';
import type { ReadableDb } from '../../db/connection';
import type { ReportInputs } from '../report-inputs';
import { mapChunks, moneyCell, singleChunk, textCell, type CsvTable } from './csv-table';

/** The largest page the portfolio service answers. */
const pageSize = 20_000;

/** Every company, most in debt first, read page by page. */
export async function allPortfolioRows(
  inputs: ReportInputs,
  request: PortfolioReportRequest,
): Promise<{
  rows: PortfolioRow[];
  asOf: string | null;
  from: string | null;
  to: string | null;
  currency: 'EUR' | 'USD';
}> {
  const rows: PortfolioRow[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await inputs.call('portfolio', {
      sort: 'debt',
      order: 'desc',
      offset,
      limit: pageSize,
      ...(request.from === undefined ? {} : { from: request.from }),
      ...(request.to === undefined ? {} : { to: request.to }),
      ...(request.currency === undefined ? {} : { currency: request.currency }),
    });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0)
      return { rows, asOf: page.asOf, from: page.from, to: page.to, currency: page.currency };
  }
}

async function portfolioTable(inputs: ReportInputs, request: PortfolioReportRequest): Promise<CsvTable> {
  const { rows } = await allPortfolioRows(inputs, request);
  return {
    columns: [
      'rank',
      'company_id',
      'name',
      'balance',
      'debt',
      'credit',
      'net_flow_30d',
      'overdrawn_now',
      'went_overdrawn',
    ],
    total: rows.length,
    next: singleChunk(
      rows.map((row, index) => ({ row, rank: index + 1 })),
      ({ row, rank }) => [
        String(rank),
        String(row.companyId),
        row.name,
        moneyCell(row.balance),
        moneyCell(row.debt),
        moneyCell(row.credit),
        moneyCell(row.netFlow30),
        String(row.overdrawnNow),
        String(row.wentOverdrawn),
      ],
    ),
  };
}

function qualityTable(db: ReadableDb): CsvTable {
  const stream = quarantinedStream(db);
  return {
    columns: [
      'reason',
      'stream',
      'id',
      'time',
      'day',
      'payer_iban',
      'beneficiary_iban',
      'amount',
      'currency',
      'detail',
      'company_ids',
      'company_names',
    ],
    total: stream.total,
    next: mapChunks(stream.next, (line) => [
      textCell(line.reason),
      line.source,
      line.id,
      line.ts,
      textCell(line.day),
      line.payer,
      line.beneficiary,
      moneyCell(line.amount),
      line.currency,
      textCell(line.detail),
      line.companies.map((company) => String(company.companyId)).join(' '),
      line.companies.map((company) => company.name).join(' | '),
    ]),
  };
}

export async function portfolioCsvTable(
  inputs: ReportInputs,
  db: ReadableDb,
  request: PortfolioReportRequest,
): Promise<CsvTable> {
  return request.kind === 'portfolio' ? portfolioTable(inputs, request) : qualityTable(db);
}
