/** Wire format of the cdm-api dialect: every endpoint's shape, types, quirks and errors. */
import { afterEach, describe, expect, it } from 'vitest';
import type { SimulatorServer } from '../../../electron/simulator/serve/server';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';
import { memoryDataset } from '../../helpers/memory-dataset';
import type { MemoryDatasetInput } from '../../helpers/memory-dataset';
import { fixtureCompanies, fixtureRates, simTx, uuidFor } from '../../helpers/sim-records';

let server: SimulatorServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(input: MemoryDatasetInput): Promise<void> {
  server = await startSimulatorServer({ dataset: memoryDataset(input), dialect: 'cdm-api' });
}

async function get(path: string): Promise<{ status: number; json: unknown }> {
  if (server === null) throw new Error('no server');
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, json: await response.json() };
}

const tsMs = Date.UTC(2021, 0, 1, 10);

describe('cdm-api wire format', () => {
  it('lists companies by id with Python-list ibans and no balance, then [] after the last', async () => {
    await serve({ companies: [...fixtureCompanies].reverse() });
    const first = await get('/companies?limit=1');
    expect(first.json).toEqual([
      {
        id: 0,
        ibans: "['GB91PIEX43597764800353']",
        name: 'Kemp and Sons',
        address: '17884 Nicholas Flat\nNorth Michael, MN 36663',
      },
    ]);
    const second = await get('/companies?limit=1&after-id=0');
    expect(second.json).toEqual([
      {
        id: 1,
        ibans: "['NL02ABNA0123456789', 'DE89370400440532013000']",
        name: 'Multi Account BV',
        address: 'Keizersgracht 1\n1015 CJ Amsterdam',
      },
    ]);
    expect((await get('/companies?after-id=1')).json).toEqual([]);
  });

  it('answers /companies/{id} with one company, 404 {"error":"not found"} when unknown, 400 for a non-number', async () => {
    await serve({ companies: fixtureCompanies });
    expect(await get('/companies/1')).toMatchObject({
      status: 200,
      json: { id: 1, name: 'Multi Account BV' },
    });
    expect(await get('/companies/99')).toEqual({ status: 404, json: { error: 'not found' } });
    expect((await get('/companies/abc')).status).toBe(400);
  });

  it('serves exchange rates as a plain array', async () => {
    await serve({ rates: fixtureRates.slice(0, 2) });
    expect((await get('/exchange-rates')).json).toEqual([
      { currency: 'EUR', usd_rate: 1, eur_rate: 0.92 },
      { currency: 'GBP', usd_rate: 0.83, eur_rate: 1.32 },
    ]);
  });

  it('serves SEPA records with payer/receiver, integer ids, millisecond timestamps and null amounts', async () => {
    await serve({
      sepa: [
        simTx({ seq: 1, idNum: 5, tsMs, time: '2021-01-01T10:00:00Z' }),
        simTx({
          seq: 2,
          idNum: 6,
          tsMs: tsMs + 1,
          amount: null,
          time: 'not-a-time',
          corruption: 'malformed',
        }),
      ],
    });
    expect((await get('/transactions/sepa')).json).toEqual([
      {
        id: 5,
        payer: 'DE89370400440532013000',
        receiver: 'NL02ABNA0123456789',
        amount: 12.5,
        currency: 'EUR',
        timestamp: '2021-01-01T10:00:00.000Z',
      },
      {
        id: 6,
        payer: 'DE89370400440532013000',
        receiver: 'NL02ABNA0123456789',
        amount: null,
        currency: 'EUR',
        timestamp: 'not-a-time',
      },
    ]);
  });

  it('serves SWIFT records with sender/beneficiary and uuid ids on a uuid server', async () => {
    await serve({
      idKind: 'uuid',
      swift: [simTx({ source: 'swift', id: uuidFor(9), idNum: 9, tsMs, amount: -3, currency: 'SGP' })],
    });
    expect((await get('/transactions/swift')).json).toEqual([
      {
        id: uuidFor(9),
        sender: 'DE89370400440532013000',
        beneficiary: 'NL02ABNA0123456789',
        amount: -3,
        currency: 'SGP',
        timestamp: '2021-01-01T10:00:00.000Z',
      },
    ]);
  });

  it('filters SEPA by payer and receiver, SWIFT by sender and beneficiary', async () => {
    const a = 'DE89370400440532013000';
    const b = 'NL02ABNA0123456789';
    const c = 'GB91PIEX43597764800353';
    const sepa = [
      simTx({ seq: 1, idNum: 1, payer: a, beneficiary: b }),
      simTx({ seq: 2, idNum: 2, payer: c, beneficiary: b }),
      simTx({ seq: 3, idNum: 3, payer: a, beneficiary: c }),
    ];
    await serve({ sepa, swift: sepa.map((r) => ({ ...r, source: 'swift' as const })) });
    const ids = async (path: string): Promise<unknown[]> =>
      ((await get(path)).json as { id: unknown }[]).map((r) => r.id);
    expect(await ids(`/transactions/sepa?payer=${a}`)).toEqual([1, 3]);
    expect(await ids(`/transactions/sepa?receiver=${b}`)).toEqual([1, 2]);
    expect(await ids(`/transactions/sepa?payer=${a}&receiver=${c}`)).toEqual([3]);
    expect(await ids(`/transactions/swift?sender=${c}`)).toEqual([2]);
    expect(await ids(`/transactions/swift?beneficiary=${c}`)).toEqual([3]);
  });

  it.each([
    ['/transactions/sepa?limit=10001', 'limit above the maximum'],
    ['/transactions/sepa?limit=0', 'zero limit'],
    ['/transactions/sepa?limit=ten', 'non-numeric limit'],
    ['/transactions/sepa?after-id=1.5', 'fractional after-id'],
    [
      '/transactions/sepa?after-timestamp=2021-01-01T00:00:00Z&after-uuid=' + uuidFor(1),
      'uuid keys on an integer-id server',
    ],
    ['/transactions/sepa?sender=X', 'a SWIFT filter on SEPA'],
    ['/transactions/swift?payer=X', 'a SEPA filter on SWIFT'],
    ['/transactions/swift?beneficiary=', 'an empty filter'],
    ['/companies?limit=-1', 'negative company limit'],
  ])('answers %s with a 400 JSON error (%s)', async (path) => {
    await serve({});
    const { status, json } = await get(path);
    expect(status).toBe(400);
    expect(json).toEqual({ error: expect.any(String) as unknown });
  });

  it.each([
    ['/transactions/sepa?after-id=3', 'an integer key on a uuid server'],
    ['/transactions/sepa?after-timestamp=2021-01-01T00:00:00Z', 'a timestamp without uuid'],
    ['/transactions/sepa?after-timestamp=yesterday&after-uuid=' + uuidFor(1), 'a broken timestamp'],
    ['/transactions/sepa?after-timestamp=2021-01-01T00:00:00Z&after-uuid=nope', 'a broken uuid'],
  ])('answers %s on a uuid server with a 400 JSON error (%s)', async (path) => {
    await serve({ idKind: 'uuid' });
    expect((await get(path)).status).toBe(400);
  });

  it('publishes an OpenAPI 3 document listing every endpoint', async () => {
    await serve({});
    const { json } = await get('/apidocs.json');
    const doc = json as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/companies',
      '/companies/{id}',
      '/exchange-rates',
      '/transactions/sepa',
      '/transactions/swift',
    ]);
  });

  it('answers unknown paths and exposer paths with a JSON 404', async () => {
    await serve({});
    expect(await get('/ping')).toEqual({ status: 404, json: { error: 'not found' } });
    expect((await get('/transactions/cash')).status).toBe(404);
  });
});
