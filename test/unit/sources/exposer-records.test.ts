import { describe, expect, it } from 'vitest';
import { readExposerFixture } from '../../helpers/fixtures';
import {
  parseExposerBatch,
  parseExposerCompanies,
  parseExposerRates,
  readExposerTransaction,
} from '../../../electron/sources/wire/exposer-records';
import { WireFormatError } from '../../../electron/sources/wire/concatenated-json';

const fixture = readExposerFixture;

/** Builds a poll body the way the exposer does: objects holding JSON text of arrays. */
function pollBody(stream: 'sepa' | 'swift', ...chunks: unknown[][]): string {
  return chunks
    .map((chunk) => JSON.stringify({ [`${stream}_transactions`]: JSON.stringify(chunk) }))
    .join('');
}

describe('exposer poll bodies', () => {
  it('reads every record of the SWIFT fixture across its two concatenated objects', () => {
    const records = parseExposerBatch(fixture('exposer-swift-poll.txt'), 'swift');
    expect(records.map((r) => r.id)).toEqual(['12', '13', '14']);
    expect(records[0]).toEqual({
      source: 'swift',
      id: '12',
      payer: 'GB91PIEX43597764800353',
      beneficiary: 'NL02ABNA0123456789',
      amount: 1500.25,
      currency: 'GBP',
      ts: '2018-01-03T09:15:00Z',
    });
  });

  it('carries an invalid sender through as-is, leaving validity to the engine', () => {
    const records = parseExposerBatch(fixture('exposer-swift-poll.txt'), 'swift');
    expect(records[1]?.payer).toBe('XX12BANK000111');
    expect(records[1]?.amount).toBe(99.5);
    expect(records[1]?.raw).toBeUndefined();
  });

  it('keeps fraction timestamps as the exact text received', () => {
    const records = parseExposerBatch(fixture('exposer-swift-poll.txt'), 'swift');
    expect(records[1]?.ts).toBe('2018-01-03T10:00:00.25Z');
    expect(records[2]?.ts).toBe('2018-01-04T23:59:59.999999Z');
  });

  it('maps an amount marked Valid:false to null and keeps the wire text', () => {
    const record = parseExposerBatch(fixture('exposer-swift-poll.txt'), 'swift')[2];
    expect(record?.amount).toBeNull();
    expect(record?.currency).toBe('JPY');
    expect(JSON.parse(record?.raw ?? 'null')).toMatchObject({ id: 14, amount: { Float: 0, Valid: false } });
  });

  it('reads an empty period as no records', () => {
    expect(parseExposerBatch('{"sepa_transactions":"[]"}', 'sepa')).toEqual([]);
  });

  it('refuses a body keyed for the other stream, a truncated body and an empty body', () => {
    expect(() => parseExposerBatch(pollBody('swift', []), 'sepa')).toThrow(WireFormatError);
    expect(() => parseExposerBatch(fixture('exposer-swift-poll.txt').slice(0, -20), 'swift')).toThrow(
      WireFormatError,
    );
    expect(() => parseExposerBatch('{"sepa_transactions":"[{\\"id\\":1"}', 'sepa')).toThrow(/not valid JSON/);
    expect(() => parseExposerBatch('', 'sepa')).toThrow(/empty/);
  });

  it('keeps elements that are not transactions as malformed records with their JSON text', () => {
    const records = parseExposerBatch(
      pollBody('sepa', [42, { sender: 'DE89370400440532013000' }, null]),
      'sepa',
    );
    expect(records).toEqual([
      {
        source: 'sepa',
        id: '',
        payer: null,
        beneficiary: null,
        amount: null,
        currency: null,
        ts: null,
        raw: '42',
      },
      {
        source: 'sepa',
        id: '',
        payer: null,
        beneficiary: null,
        amount: null,
        currency: null,
        ts: null,
        raw: '{"sender":"DE89370400440532013000"}',
      },
      {
        source: 'sepa',
        id: '',
        payer: null,
        beneficiary: null,
        amount: null,
        currency: null,
        ts: null,
        raw: 'null',
      },
    ]);
  });

  // Found by the fuzz test: JSON.stringify of the kept wire text threw RangeError, failing the poll.
  it('keeps an element nested 100,000 levels deep as one malformed record', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const records = parseExposerBatch(JSON.stringify({ sepa_transactions: `[${deep}]` }), 'sepa');
    expect(records).toHaveLength(1);
    expect(records[0]?.raw).toBe('"(an element nested too deeply to show)"');
  });

  it('reads what it can of a partly broken element and nulls the rest', () => {
    const element = {
      id: 'abc-1',
      sender: 7,
      beneficiary: '',
      amount: { Float: '5' },
      currency: 'EUR',
      time: 'yesterday',
    };
    expect(readExposerTransaction('sepa', element)).toEqual({
      source: 'sepa',
      id: 'abc-1',
      payer: null,
      beneficiary: '',
      amount: null,
      currency: 'EUR',
      ts: 'yesterday',
      raw: JSON.stringify(element),
    });
  });

  it('carries a negative amount as received for the engine to quarantine', () => {
    const element = {
      id: 3,
      sender: 'A',
      beneficiary: 'B',
      amount: { Float: -5, Valid: true },
      currency: 'EUR',
      time: 't',
    };
    expect(readExposerTransaction('sepa', element).amount).toBe(-5);
  });
});

describe('exposer company_info', () => {
  it('reads both fixture companies with their PostgreSQL-array IBANs and reported balance', () => {
    const { companies, rejected } = parseExposerCompanies(fixture('exposer-company-info.json'));
    expect(rejected).toEqual([]);
    expect(companies).toEqual([
      {
        companyId: 0,
        name: 'Kemp and Sons',
        address: '17884 Nicholas Flat\nNorth Michael, MN 36663',
        ibans: ['GB91PIEX43597764800353'],
        reportedBalance: 1814,
      },
      {
        companyId: 1,
        name: 'Multi Account BV',
        address: 'Keizersgracht 1\n1015 CJ Amsterdam',
        ibans: ['NL02ABNA0123456789', 'DE89370400440532013000'],
        reportedBalance: -250,
      },
    ]);
  });

  it('rejects an unreadable company with a detail and keeps the others', () => {
    const body = JSON.stringify({
      company_info: JSON.stringify([
        { companyID: 'x', ibans: '{A}', name: 'n', address: 'a' },
        { companyID: 2, ibans: 'A,B', name: 'n', address: 'a', balance: 1 },
        { companyID: 3, ibans: '{}', name: 'No accounts', address: 'a' },
      ]),
    });
    const { companies, rejected } = parseExposerCompanies(body);
    expect(companies).toEqual([
      { companyId: 3, name: 'No accounts', address: 'a', ibans: [], reportedBalance: null },
    ]);
    expect(rejected.map((r) => r.detail)).toEqual([
      expect.stringMatching(/^company companyID: /),
      expect.stringMatching(/not an array literal/),
    ]);
    expect(JSON.parse(rejected[0]?.raw ?? 'null')).toMatchObject({ companyID: 'x' });
  });
});

describe('exposer exchange_rates', () => {
  it('reads every fixture row, including the non-ISO SGP and contradicting identity rows', () => {
    const { rates, rejected } = parseExposerRates(fixture('exposer-exchange-rates.json'));
    expect(rejected).toEqual([]);
    expect(rates).toHaveLength(7);
    expect(rates[0]).toEqual({ currency: 'EUR', usdRate: 1, eurRate: 0.92 });
    expect(rates.find((r) => r.currency === 'SGP')).toEqual({
      currency: 'SGP',
      usdRate: 1.49,
      eurRate: 0.78,
    });
  });

  it('rejects non-finite and missing rates with a detail and keeps the rest', () => {
    const inner =
      '[{"currency":"EUR","usd_rate":1.08,"eur_rate":1},{"currency":"XAU","usd_rate":1e999,"eur_rate":1},{"currency":"CHF","usd_rate":null,"eur_rate":1}]';
    const { rates, rejected } = parseExposerRates(JSON.stringify({ exchange_rates: inner }));
    expect(rates).toEqual([{ currency: 'EUR', usdRate: 1.08, eurRate: 1 }]);
    expect(rejected).toHaveLength(2);
    expect(rejected[0]?.detail).toMatch(/^exchange rate usd_rate: /);
  });
});
