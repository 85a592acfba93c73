import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../../electron/db/connection';
import { silentControl } from '../../../electron/reports/export-control';
import { writeReport } from '../../../electron/reports/write-report';
import type { ReportInputs } from '../../../electron/reports/report-inputs';
import { roundCents } from '../../../shared/money';
import { reportRequest, type ReportRequestInput } from '../../../shared/reports';
import { reportSetup, trickyCompanies, trickyDatabase } from '../../helpers/report-fixtures';

let directory = '';
let db: WritableDb;
let inputs: ReportInputs;
let fileNumber = 0;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cashflow-csv-'));
  db = trickyDatabase();
  ({ inputs } = reportSetup(db));
});

afterAll(() => {
  db.close();
  rmSync(directory, { recursive: true, force: true });
});

const range = {
  scope: 'company',
  companyId: 1,
  from: '2020-06-01',
  to: '2020-06-30',
  format: 'csv',
} as const;
/** The same range as the services' own argument (no report fields). */
const days = { companyId: range.companyId, from: range.from, to: range.to };

async function exportCsv(
  request: ReportRequestInput,
): Promise<{ text: string; records: Record<string, string>[] }> {
  fileNumber += 1;
  const path = join(directory, `export-${fileNumber}.csv`);
  await writeReport(inputs, reportRequest.parse(request), path, { overwrite: false, control: silentControl });
  const text = readFileSync(path, 'utf8');
  const semicolon = 'layout' in request && request.layout?.separator === 'semicolon';
  const records = parse<Record<string, string>>(text, {
    columns: true,
    bom: true,
    delimiter: semicolon ? ';' : ',',
  });
  return { text, records };
}

const cents = (value: number | null) => (value === null ? '' : roundCents(value).toFixed(2));

describe('CSV exports', () => {
  it('lists every valid transaction of the range with its direction, counterparty and converted amount', async () => {
    const { records } = await exportCsv({ ...range, kind: 'transactions' });
    const page = await inputs.call('companyTransactions', {
      ...days,
      currency: 'EUR',
      status: 'valid',
      sort: 'ts',
      order: 'asc',
      offset: 0,
      limit: 500,
    });
    expect(records).toHaveLength(page.total);
    expect(records.map((record) => record['status'])).toEqual(page.transactions.map(() => 'valid'));
    page.transactions.forEach((line, index) => {
      const counterparty = line.direction === 'in' ? line.payer : line.beneficiary;
      expect(records[index]).toMatchObject({
        time: line.ts,
        day: line.day,
        stream: line.source,
        id: line.id,
        direction: line.direction,
        counterparty_iban: counterparty,
        counterparty_country: counterparty.slice(0, 2),
        amount: cents(line.amount),
        currency: line.currency,
        amount_EUR: cents(line.converted),
      });
    });
    expect(records.map((record) => record['direction'])).toContain('own');
  });

  it('adds the quarantined records with their reasons only when asked', async () => {
    const { records } = await exportCsv({ ...range, kind: 'transactions', includeQuarantined: true });
    const quarantined = records.filter((record) => record['status'] === 'quarantined');
    expect(quarantined.map((record) => record['reason']).sort()).toEqual([
      'batch-payment',
      'batch-payment',
      'invalid-currency',
    ]);
    const { records: only } = await exportCsv({ ...range, kind: 'quality' });
    expect(only.map((record) => record['id']).sort()).toEqual(
      quarantined.map((record) => record['id']).sort(),
    );
  });

  it('gives the end-of-day balance of each account and of the company for every synced day of the range', async () => {
    const { records } = await exportCsv({ ...range, kind: 'daily' });
    // Nothing is carried past the last synced day (docs/domain.md "Balances"): the daily series of
    // the same range, which is cut the same way, has one bucket per exported day.
    const series = await inputs.call('companySeries', { ...days, granularity: 'day', currency: 'EUR' });
    expect(records.map((record) => record['day'])).toEqual(series.buckets.map((bucket) => bucket.from));
    expect(records.length).toBeGreaterThan(4);
    for (const record of [records[4], records.at(-1)]) {
      const summary = await inputs.call('companySummary', {
        companyId: 1,
        at: record?.['day'],
        currency: 'EUR',
      });
      expect(record).toMatchObject({
        balance: cents(summary.balance),
        debt: cents(summary.debt),
        credit: cents(summary.credit),
        ...Object.fromEntries(
          summary.accounts.map((account) => [`balance_${account.iban}`, cents(account.balance)]),
        ),
      });
    }
  });

  it('writes the series at the granularity asked for, equal to the series service', async () => {
    const { records } = await exportCsv({ ...range, kind: 'series', granularity: 'week' });
    const series = await inputs.call('companySeries', { ...days, granularity: 'week', currency: 'EUR' });
    expect(records).toEqual(
      series.buckets.map((bucket) => ({
        period: bucket.label,
        from: bucket.from,
        to: bucket.to,
        opening: cents(bucket.opening),
        inflow: cents(bucket.inflow),
        outflow: cents(bucket.outflow),
        net: cents(bucket.net),
        closing: cents(bucket.closing),
        lowest: cents(bucket.min),
        highest: cents(bucket.max),
        transactions: String(bucket.count),
      })),
    );
  });

  it('writes countries and counterparties equal to their services, names included', async () => {
    const countries = await inputs.call('companyCountries', { ...days, currency: 'EUR' });
    const { records } = await exportCsv({ ...range, kind: 'countries' });
    expect(
      records.map((record) => [record['country'], record['name'], record['inflow'], record['outflow']]),
    ).toEqual(
      countries.countries.map((country) => [
        country.country,
        country.name,
        cents(country.inflow),
        cents(country.outflow),
      ]),
    );
    expect(records.map((record) => record['name'])).toContain('Türkiye');
    const parties = await inputs.call('companyCounterparties', {
      ...days,
      currency: 'EUR',
      limit: 500,
      direction: 'both',
    });
    const { records: partyRecords } = await exportCsv({ ...range, kind: 'counterparties' });
    expect(partyRecords.map((record) => [record['iban'], record['company_name'], record['volume']])).toEqual(
      parties.counterparties.map((party) => [party.iban, party.companyName ?? '', cents(party.volume)]),
    );
  });

  it('round-trips names with commas, quotes, line breaks and non-Latin letters in the portfolio', async () => {
    const { records, text } = await exportCsv({ scope: 'portfolio', format: 'csv', kind: 'portfolio' });
    expect(records.map((record) => record['name']).sort()).toEqual(
      trickyCompanies.map((company) => company.name).sort(),
    );
    // RFC 4180: CRLF between records, quotes doubled inside a quoted field.
    expect(text).toContain('"Łódź Handel, ""Sp. z o.o.""\nOddział Północ"');
    expect(text.split('\r\n')[0]).toBe(
      'rank,company_id,name,balance,debt,credit,net_flow_30d,overdrawn_now,went_overdrawn',
    );
    const portfolio = await inputs.call('portfolio', {
      filter: 'all',
      sort: 'debt',
      order: 'desc',
      offset: 0,
      limit: 100,
    });
    expect(
      records.map((record) => [record['company_id'], record['balance'], record['debt'], record['credit']]),
    ).toEqual(
      portfolio.rows.map((row) => [
        String(row.companyId),
        cents(row.balance),
        cents(row.debt),
        cents(row.credit),
      ]),
    );
  });

  it('lists every quarantined record of the database with the companies it touched', async () => {
    const { records } = await exportCsv({ scope: 'portfolio', format: 'csv', kind: 'quality' });
    expect(records).toHaveLength(3);
    expect(records.every((record) => record['company_names']?.startsWith('Łódź Handel'))).toBe(true);
  });

  it('writes a byte-order mark and semicolons for Excel when asked', async () => {
    const { text, records } = await exportCsv({
      ...range,
      kind: 'countries',
      layout: { bom: true, separator: 'semicolon' },
    });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('\ufeffcountry;name;inflow;outflow;transactions;share');
    expect(records.length).toBeGreaterThan(0);
  });
});

describe('cancelling an export', () => {
  it('stops between chunks and leaves no file', async () => {
    const controller = new AbortController();
    controller.abort();
    const path = join(directory, 'cancelled.csv');
    const request = reportRequest.parse({ ...range, kind: 'transactions' });
    await expect(
      writeReport(inputs, request, path, {
        overwrite: false,
        control: { signal: controller.signal, progress: () => undefined },
      }),
    ).rejects.toMatchObject({ code: 'cancelled', message: 'The export was cancelled.' });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(directory).filter((name) => name.includes('cancelled'))).toEqual([]);
  });
});

describe('cancelling a PDF', () => {
  it('stops at the next section once the signal fires, and leaves no file', async () => {
    const controller = new AbortController();
    const path = join(directory, 'cancelled.pdf');
    const request = reportRequest.parse({ ...range, format: 'pdf' });
    await expect(
      writeReport(inputs, request, path, {
        overwrite: false,
        control: {
          signal: controller.signal,
          progress: (progress) => {
            // Cancelled while the figures are being laid out.
            if (progress.phase === 'pages') controller.abort();
          },
        },
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(directory).filter((name) => name.includes('cancelled.pdf'))).toEqual([]);
  });
});
