/** Wire format of the exposer dialect: every endpoint, byte-compared with the real fixtures where they exist. */
import { afterEach, describe, expect, it } from 'vitest';
import { readExposerFixture } from '../../helpers/fixtures';
import type { SimulatorServer, SimulatorServerOptions } from '../../../electron/simulator/serve/server';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';
import { memoryDataset } from '../../helpers/memory-dataset';
import type { MemoryDatasetInput } from '../../helpers/memory-dataset';
import { fixtureCompanies, fixtureRates, simStream, simTx } from '../../helpers/sim-records';

const fixture = (name: string): string => readExposerFixture(name).trim();

/** Splits `{…}{…}` into its objects by scanning braces outside strings (independent of the app's reader). */
function splitConcatenated(body: string): unknown[] {
  const objects: unknown[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) {
        objects.push(JSON.parse(body.slice(start, i + 1)));
        start = i + 1;
      }
    }
  }
  expect(body.slice(start)).toBe('');
  return objects;
}

let server: SimulatorServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(
  input: MemoryDatasetInput,
  extra: Partial<SimulatorServerOptions> = {},
): Promise<SimulatorServer> {
  server = await startSimulatorServer({ dataset: memoryDataset(input), dialect: 'exposer', ...extra });
  return server;
}

async function get(path: string): Promise<{ status: number; body: string; type: string | null }> {
  if (server === null) throw new Error('no server');
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: await response.text(), type: response.headers.get('content-type') };
}

describe('exposer wire format', () => {
  it('answers /ping exactly like the real exposer', async () => {
    await serve({});
    const { status, body } = await get('/ping?ignored=1');
    expect(status).toBe(200);
    expect(body).toBe(fixture('exposer-ping.json'));
  });

  it('serves the fixture rate table byte for byte, with the rates as JSON inside a string', async () => {
    await serve({ rates: fixtureRates });
    const { body } = await get('/exchange_rates');
    const outer = JSON.parse(body) as { exchange_rates: string };
    const expected = JSON.parse(fixture('exposer-exchange-rates.json')) as { exchange_rates: string };
    expect(typeof outer.exchange_rates).toBe('string');
    expect(JSON.parse(outer.exchange_rates)).toEqual(JSON.parse(expected.exchange_rates));
    expect(body).toBe(fixture('exposer-exchange-rates.json'));
  });

  it('serves company_info like the fixture: PostgreSQL array ibans, whole-number balances, Python separators', async () => {
    await serve({ companies: fixtureCompanies });
    const { body } = await get('/company_info');
    expect(body).toBe(fixture('exposer-company-info.json'));
    const inner = JSON.parse((JSON.parse(body) as { company_info: string }).company_info) as Record<
      string,
      unknown
    >[];
    expect(inner[1]).toMatchObject({
      companyID: 1,
      ibans: '{NL02ABNA0123456789,DE89370400440532013000}',
      balance: -250,
    });
  });

  it('quotes empty and odd IBANs in the PostgreSQL array the way PostgreSQL does', async () => {
    await serve({
      companies: [
        {
          companyId: 7,
          ibans: ['', 'A B', 'NL02ABNA0123456789'],
          name: 'Zoë "Q"',
          address: '',
          reportedBalance: 0,
        },
      ],
    });
    const { body } = await get('/company_info');
    expect(body).toContain('\\\\u00eb'); // non-ASCII escaped inside the inner JSON, as Python's json.dumps does
    const inner = JSON.parse((JSON.parse(body) as { company_info: string }).company_info) as Record<
      string,
      unknown
    >[];
    expect(inner[0]).toEqual({
      companyID: 7,
      ibans: '{"","A B",NL02ABNA0123456789}',
      name: 'Zoë "Q"',
      address: '',
      balance: 0,
    });
  });

  it('serves a SWIFT poll as concatenated objects exactly like the fixture', async () => {
    const common = { source: 'swift' as const };
    const swift = [
      simTx({
        ...common,
        seq: 1,
        idNum: 12,
        id: '12',
        payer: 'GB91PIEX43597764800353',
        beneficiary: 'NL02ABNA0123456789',
        amount: 1500.25,
        currency: 'GBP',
        tsMs: Date.UTC(2018, 0, 3, 9, 15),
        time: '2018-01-03T09:15:00Z',
      }),
      simTx({
        ...common,
        seq: 2,
        idNum: 13,
        id: '13',
        payer: 'XX12BANK000111',
        beneficiary: 'GB91PIEX43597764800353',
        amount: 99.5,
        currency: 'USD',
        tsMs: Date.UTC(2018, 0, 3, 10, 0, 0, 250),
        time: '2018-01-03T10:00:00.25Z',
      }),
      simTx({
        ...common,
        seq: 3,
        idNum: 14,
        id: '14',
        payer: 'NL02ABNA0123456789',
        beneficiary: 'US64SVBKUS6S3300958879',
        amount: null,
        currency: 'JPY',
        tsMs: Date.UTC(2018, 0, 4, 23, 59, 59, 999),
        time: '2018-01-04T23:59:59.999999Z',
      }),
    ];
    await serve({ swift }, { exposerChunkSize: 2 });
    const { status, body } = await get('/swift');
    expect(status).toBe(200);
    expect(body).toBe(fixture('exposer-swift-poll.txt'));
  });

  it('splits a big batch into objects of at most 1,000 records that concatenate back to the whole period', async () => {
    // 2,600 base records (plus batch siblings and duplicates), 2 minutes apart: all in the first 5 days.
    const sepa = simStream('sepa', 2600, { stepMs: 2 * 60 * 1000 });
    expect(sepa.length).toBeGreaterThan(3000);
    expect(sepa.length).toBeLessThan(4000);
    await serve({ sepa });
    const { body } = await get('/sepa');
    const objects = splitConcatenated(body) as { sepa_transactions: string }[];
    const arrays = objects.map((o) => JSON.parse(o.sepa_transactions) as { id: number }[]);
    expect(arrays.map((a) => a.length)).toEqual([1000, 1000, 1000, sepa.length - 3000]);
    expect(arrays.flat().map((r) => r.id)).toEqual(sepa.map((r) => r.idNum));
  });

  it('writes malformed records as the wire carries them: missing, negative and zero amounts, broken time, empty IBAN', async () => {
    const tsMs = Date.UTC(2018, 0, 2, 8);
    const sepa = [
      simTx({ seq: 1, idNum: 1, tsMs, amount: null, corruption: 'malformed' }),
      simTx({ seq: 2, idNum: 2, tsMs, amount: -5, corruption: 'malformed' }),
      simTx({ seq: 3, idNum: 3, tsMs, amount: 0, corruption: 'malformed' }),
      simTx({ seq: 4, idNum: 4, tsMs, time: '2018-13-45T99:99:99Z', corruption: 'malformed' }),
      simTx({ seq: 5, idNum: 5, tsMs, payer: '', corruption: 'malformed' }),
    ];
    await serve({ sepa });
    const [object] = splitConcatenated((await get('/sepa')).body) as { sepa_transactions: string }[];
    const records = JSON.parse(object?.sepa_transactions ?? '') as Record<string, unknown>[];
    expect(records.map((r) => r['amount'])).toEqual([
      { Float: 0, Valid: false },
      { Float: -5, Valid: true },
      { Float: 0, Valid: true },
      { Float: 12.5, Valid: true },
      { Float: 12.5, Valid: true },
    ]);
    expect(records[3]?.['time']).toBe('2018-13-45T99:99:99Z');
    expect(records[4]?.['sender']).toBe('');
    expect(records[0]).toEqual({
      id: 1,
      sender: 'DE89370400440532013000',
      beneficiary: 'NL02ABNA0123456789',
      amount: { Float: 0, Valid: false },
      currency: 'EUR',
      time: '2018-01-02T08:00:00Z',
    });
  });

  it('answers an empty period with one object holding an empty array', async () => {
    await serve({ sepa: [simTx({ tsMs: Date.UTC(2018, 0, 12) })] });
    const { body } = await get('/sepa');
    expect(body).toBe('{"sepa_transactions": "[]"}');
  });

  it('answers an unknown path with 404', async () => {
    await serve({});
    expect((await get('/transactions/sepa')).status).toBe(404);
  });
});
