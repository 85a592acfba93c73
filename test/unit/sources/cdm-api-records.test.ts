import { describe, expect, it } from 'vitest';
import {
  parseCdmApiCompanies,
  parseCdmApiRates,
  parseCdmApiTransactions,
} from '../../../electron/sources/wire/cdm-api-records';
import { WireFormatError } from '../../../electron/sources/wire/concatenated-json';

describe('cdm-api transaction pages', () => {
  it('maps SEPA payer/receiver/timestamp to the canonical names', () => {
    const body =
      '[{"id":7,"payer":"DE89370400440532013000","receiver":"NL02ABNA0123456789","amount":12.5,"currency":"EUR","timestamp":"2021-01-01T10:00:00.000Z"}]';
    expect(parseCdmApiTransactions(body, 'sepa')).toEqual([
      {
        source: 'sepa',
        id: '7',
        payer: 'DE89370400440532013000',
        beneficiary: 'NL02ABNA0123456789',
        amount: 12.5,
        currency: 'EUR',
        ts: '2021-01-01T10:00:00.000Z',
      },
    ]);
  });

  it('maps SWIFT sender/beneficiary and carries uuid ids as text', () => {
    const id = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
    const body = JSON.stringify([
      {
        id,
        sender: 'XX12BANK000111',
        beneficiary: 'GB91PIEX43597764800353',
        amount: 3,
        currency: 'GBP',
        timestamp: '2021-01-01T10:00:00Z',
      },
    ]);
    expect(parseCdmApiTransactions(body, 'swift')[0]).toMatchObject({
      id,
      payer: 'XX12BANK000111',
      beneficiary: 'GB91PIEX43597764800353',
    });
  });

  it('reads a null amount as missing and keeps the wire text', () => {
    const element = { id: 1, payer: 'A', receiver: 'B', amount: null, currency: 'EUR', timestamp: 't' };
    const [record] = parseCdmApiTransactions(JSON.stringify([element]), 'sepa');
    expect(record?.amount).toBeNull();
    expect(record?.raw).toBe(JSON.stringify(element));
  });

  it('does not accept SWIFT field names on the SEPA stream', () => {
    const element = { id: 1, sender: 'A', beneficiary: 'B', amount: 1, currency: 'EUR', timestamp: 't' };
    const [record] = parseCdmApiTransactions(JSON.stringify([element]), 'sepa');
    expect(record).toMatchObject({ id: '1', payer: null, beneficiary: null, raw: JSON.stringify(element) });
  });

  it('keeps elements without an id as malformed records with their JSON text', () => {
    const records = parseCdmApiTransactions('[["x"], {"payer":"A"}, {"id":1.5}]', 'sepa');
    expect(records.map((r) => [r.id, r.raw])).toEqual([
      ['', '["x"]'],
      ['', '{"payer":"A"}'],
      ['', '{"id":1.5}'],
    ]);
  });

  // Found by the fuzz test: JSON.stringify of the kept wire text threw RangeError, failing the page.
  it('keeps an element nested 100,000 levels deep as one malformed record', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const records = parseCdmApiTransactions(`[${deep}, {"id":2,"payer":${deep}}]`, 'sepa');
    expect(records.map((r) => [r.id, r.raw])).toEqual([
      ['', '"(an element nested too deeply to show)"'],
      ['2', '"(an element nested too deeply to show)"'],
    ]);
    expect(parseCdmApiCompanies(`[${deep}]`).rejected).toHaveLength(1);
  });

  it('refuses a body that is not a JSON array', () => {
    expect(() => parseCdmApiTransactions('{"error":"limit too large"}', 'sepa')).toThrow(WireFormatError);
    expect(() => parseCdmApiTransactions('[{"id":1,', 'sepa')).toThrow(WireFormatError);
  });
});

describe('cdm-api companies', () => {
  it('reads Python-list IBANs, reports no balance, and tracks the last id for paging', () => {
    const body = JSON.stringify([
      { id: 4, ibans: "['NL02ABNA0123456789', 'DE89370400440532013000']", name: 'A', address: 'x' },
      { id: 9, ibans: '[]', name: 'B', address: 'y' },
    ]);
    const page = parseCdmApiCompanies(body);
    expect(page.companies).toEqual([
      {
        companyId: 4,
        name: 'A',
        address: 'x',
        ibans: ['NL02ABNA0123456789', 'DE89370400440532013000'],
        reportedBalance: null,
      },
      { companyId: 9, name: 'B', address: 'y', ibans: [], reportedBalance: null },
    ]);
    expect(page.lastId).toBe(9);
  });

  it('rejects unreadable companies with a detail yet pages past them', () => {
    const page = parseCdmApiCompanies(
      JSON.stringify([
        { id: 1, ibans: "['A'", name: 'A', address: 'x' },
        { id: 2, name: 'no ibans' },
      ]),
    );
    expect(page.companies).toEqual([]);
    expect(page.rejected.map((r) => r.detail)).toEqual([
      expect.stringMatching(/not a list/),
      expect.stringMatching(/^company ibans: /),
    ]);
    expect(page.lastId).toBe(2);
  });
});

describe('cdm-api exchange rates', () => {
  it('maps usd_rate/eur_rate and rejects non-finite values', () => {
    const { rates, rejected } = parseCdmApiRates(
      '[{"currency":"EUR","usd_rate":1.08,"eur_rate":1},{"currency":"JPY","usd_rate":-1e999,"eur_rate":0.0061}]',
    );
    expect(rates).toEqual([{ currency: 'EUR', usdRate: 1.08, eurRate: 1 }]);
    expect(rejected).toEqual([
      {
        raw: '{"currency":"JPY","usd_rate":null,"eur_rate":0.0061}',
        detail: expect.stringMatching(/usd_rate/) as unknown,
      },
    ]);
  });
});
