/**
 * The servers over the real generated data set (openDataset), end to end over HTTP: a cdm-api walk in
 * both id kinds and one exposer pass each deliver every record exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CachedDataset } from '../../../electron/simulator/dataset';
import { openDataset } from '../../../electron/simulator/dataset';
import type { IdKind } from '../../../electron/simulator/model';
import { periodEndMs, periodStartMs } from '../../../electron/simulator/model';
import type { SimulatorServer } from '../../../electron/simulator/serve/server';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';

const options = {
  setting: 'small',
  sizes: { companies: 10, sepa: 300, swift: 900 },
  rates: { batchPayment: 0.1, duplicate: 0.1, malformed: 0.02 },
} as const;
let dir = '';
const datasets: Partial<Record<IdKind, CachedDataset>> = {};
const servers: SimulatorServer[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cashflow-'));
  datasets.int = openDataset({ ...options, cacheDir: dir });
  datasets.uuid = openDataset({ ...options, cacheDir: dir, idKind: 'uuid' });
});
afterAll(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const dataset of Object.values(datasets)) dataset.close();
  rmSync(dir, { recursive: true, force: true });
});

function dataset(idKind: IdKind): CachedDataset {
  const found = datasets[idKind];
  if (found === undefined) throw new Error('dataset not open');
  return found;
}

async function serve(idKind: IdKind, dialect: 'exposer' | 'cdm-api'): Promise<SimulatorServer> {
  const server = await startSimulatorServer({ dataset: dataset(idKind), dialect, exposerEnd: '204' });
  servers.push(server);
  return server;
}

interface WireRecord {
  id: number | string;
  timestamp: string;
  amount: number | null;
}

describe.each(['int', 'uuid'] as const)('cdm-api over a generated data set with %s ids', (idKind) => {
  it('walks every SWIFT record exactly once in pages of 37', async () => {
    const server = await serve(idKind, 'cdm-api');
    const records: WireRecord[] = [];
    let key = '';
    for (;;) {
      const page = (await (
        await fetch(`${server.url}/transactions/swift?limit=37${key}`)
      ).json()) as WireRecord[];
      const last = page.at(-1);
      if (last === undefined) break;
      records.push(...page);
      key =
        idKind === 'int'
          ? `&after-id=${String(last.id)}`
          : `&after-timestamp=${encodeURIComponent(last.timestamp)}&after-uuid=${String(last.id)}`;
    }
    const expected = dataset(idKind).window('swift', periodStartMs, periodEndMs);
    expect(records).toHaveLength(expected.length);
    const ids = (list: readonly (string | number)[]): string[] => list.map(String).sort();
    expect(ids(records.map((r) => r.id))).toEqual(
      ids(expected.map((r) => (idKind === 'int' ? r.idNum : r.id))),
    );
  });
});

describe('exposer over a generated data set', () => {
  it('delivers every SEPA record once in one pass of 5-day polls, then signals the end', async () => {
    const server = await serve('int', 'exposer');
    const ids: number[] = [];
    for (;;) {
      const response = await fetch(`${server.url}/sepa`);
      if (response.status === 204) break;
      const objects = (await response.text()).replace(/\}\{/g, '}\n{').split('\n');
      for (const object of objects) {
        const inner = (JSON.parse(object) as { sepa_transactions: string }).sepa_transactions;
        ids.push(...(JSON.parse(inner) as { id: number }[]).map((r) => r.id));
      }
    }
    const expected = dataset('int').window('sepa', periodStartMs, periodEndMs);
    expect(ids).toEqual(expected.map((r) => r.idNum));
  });
});
