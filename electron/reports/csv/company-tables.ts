/**
 * The CSV tables of one company over a range: transactions, daily balances, the series, countries,
 * counterparties and its quarantined records.
 */
import type { TransactionLine } from '../../../shared/analytics';
import { dayFromIso } from '../../../shared/days';
import type { CompanyReportRequest } from '../../../shared/reports';
import { dailyAccountBalances, companyTransactionStream } from '../../analytics/export-streams';
import { reportingCurrencyOf } from '../../settings/settings';
import type { ReadableDb } from '../../db/connection';
import type { ReportInputs } from '../report-inputs';
import { mapChunks, moneyCell, numberCell, singleChunk, textCell, type CsvTable } from './csv-table';

/** The largest list the counterparties service answers. */
const counterpartyLimit = 500;

function days(request: CompanyReportRequest): { fromDay: number; toDay: number } {
  return { fromDay: dayFromIso(request.from) ?? 0, toDay: dayFromIso(request.to) ?? 0 };
}

/** The other side of a transaction, seen from the company. */
function counterpartyOf(line: TransactionLine): string {
  return line.direction === 'in' ? line.payer : line.beneficiary;
}

function transactionsTable(
  db: ReadableDb,
  request: CompanyReportRequest,
  quarantinedOnly: boolean,
): CsvTable {
  const currency = reportingCurrencyOf(db, request.currency);
  const status = quarantinedOnly ? 'quarantined' : request.includeQuarantined ? 'all' : 'valid';
  const stream = companyTransactionStream(db, {
    companyId: request.companyId,
    ...days(request),
    currency,
    status,
  });
  return {
    columns: [
      'time',
      'day',
      'stream',
      'id',
      'direction',
      'counterparty_iban',
      'counterparty_country',
      'payer_iban',
      'beneficiary_iban',
      'amount',
      'currency',
      `amount_${currency}`,
      'status',
      'reason',
      'detail',
    ],
    total: stream.total,
    next: mapChunks(stream.next, (line) => {
      const counterparty = counterpartyOf(line);
      return [
        line.ts,
        line.day,
        line.source,
        line.id,
        line.direction,
        counterparty,
        counterparty.slice(0, 2),
        line.payer,
        line.beneficiary,
        moneyCell(line.amount),
        line.currency,
        moneyCell(line.converted),
        line.status,
        textCell(line.reason),
        textCell(line.detail),
      ];
    }),
  };
}

function dailyTable(db: ReadableDb, request: CompanyReportRequest): CsvTable {
  const currency = reportingCurrencyOf(db, request.currency);
  const { ibans, rows } = dailyAccountBalances(db, {
    companyId: request.companyId,
    ...days(request),
    currency,
  });
  return {
    columns: [
      'day',
      ...ibans.map((iban) => `balance_${iban}`),
      'balance',
      'debt',
      'credit',
      'inflow',
      'outflow',
    ],
    total: rows.total,
    next: mapChunks(rows.next, (row) => [
      row.day,
      ...row.accounts.map(moneyCell),
      moneyCell(row.balance),
      moneyCell(row.debt),
      moneyCell(row.credit),
      moneyCell(row.inflow),
      moneyCell(row.outflow),
    ]),
  };
}

async function seriesTable(inputs: ReportInputs, request: CompanyReportRequest): Promise<CsvTable> {
  const series = await inputs.call('companySeries', {
    companyId: request.companyId,
    from: request.from,
    to: request.to,
    granularity: request.granularity,
    ...(request.currency === undefined ? {} : { currency: request.currency }),
  });
  return {
    columns: [
      'period',
      'from',
      'to',
      'opening',
      'inflow',
      'outflow',
      'net',
      'closing',
      'lowest',
      'highest',
      'transactions',
    ],
    total: series.buckets.length,
    next: singleChunk(series.buckets, (bucket) => [
      bucket.label,
      bucket.from,
      bucket.to,
      moneyCell(bucket.opening),
      moneyCell(bucket.inflow),
      moneyCell(bucket.outflow),
      moneyCell(bucket.net),
      moneyCell(bucket.closing),
      moneyCell(bucket.min),
      moneyCell(bucket.max),
      String(bucket.count),
    ]),
  };
}

async function countriesTable(inputs: ReportInputs, request: CompanyReportRequest): Promise<CsvTable> {
  const result = await inputs.call('companyCountries', {
    companyId: request.companyId,
    from: request.from,
    to: request.to,
    ...(request.currency === undefined ? {} : { currency: request.currency }),
  });
  return {
    columns: ['country', 'name', 'inflow', 'outflow', 'transactions', 'share'],
    total: result.countries.length,
    next: singleChunk(result.countries, (country) => [
      country.country,
      country.name,
      moneyCell(country.inflow),
      moneyCell(country.outflow),
      String(country.count),
      numberCell(country.share, 6),
    ]),
  };
}

async function counterpartiesTable(inputs: ReportInputs, request: CompanyReportRequest): Promise<CsvTable> {
  const result = await inputs.call('companyCounterparties', {
    companyId: request.companyId,
    from: request.from,
    to: request.to,
    limit: counterpartyLimit,
    ...(request.currency === undefined ? {} : { currency: request.currency }),
  });
  return {
    columns: [
      'iban',
      'country',
      'country_name',
      'company_id',
      'company_name',
      'direction',
      'inflow',
      'outflow',
      'volume',
      'transactions',
    ],
    total: result.counterparties.length,
    next: singleChunk(result.counterparties, (party) => [
      party.iban,
      party.country,
      party.countryName,
      party.companyId === null ? '' : String(party.companyId),
      textCell(party.companyName),
      party.direction,
      moneyCell(party.inflow),
      moneyCell(party.outflow),
      moneyCell(party.volume),
      String(party.count),
    ]),
  };
}

/** `db` serves the long lists (transactions, daily balances); the services give every figure. */
export async function companyTable(
  inputs: ReportInputs,
  db: ReadableDb,
  request: CompanyReportRequest,
): Promise<CsvTable> {
  // Fail on an unknown company before anything is written, whatever the kind.
  await inputs.call('companySummary', { companyId: request.companyId, at: request.to });
  switch (request.kind) {
    case 'transactions':
      return transactionsTable(db, request, false);
    case 'quality':
      return transactionsTable(db, request, true);
    case 'daily':
      return dailyTable(db, request);
    case 'series':
      return seriesTable(inputs, request);
    case 'countries':
      return countriesTable(inputs, request);
    case 'counterparties':
      return counterpartiesTable(inputs, request);
  }
}
