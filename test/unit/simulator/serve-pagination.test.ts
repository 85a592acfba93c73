/** cdm-api keyset pagination: every record exactly once across pages, in both id kinds, never splitting a group. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdKind, SimTransaction } from '../../../electron/simulator/model';
import type { SimulatorServer } from '../../../electron/simulator/serve/server';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';
import { memoryDataset } from '../../helpers/memory-dataset';
import { partyIbans, simStream } from '../../helpers/sim-records';

interface WireRecord {
  id: number | string;
  payer?: string;
  receiver?: string;
  amount: number | null;
  timestamp: string;
}

const count = 300;
const servers: Partial<Record<IdKind, SimulatorServer>> = {};
const streams: Partial<Record<IdKind, SimTransaction[]>> = {};

beforeAll(async () => {
  for (const idKind of ['int', 'uuid'] as const) {
    const sepa = simStream('sepa', count, { uuid: idKind === 'uuid', stepMs: 3600_000 });
    streams[idKind] = sepa;
    servers[idKind] = await startSimulatorServer({
      dataset: memoryDataset({ sepa, idKind }),
      dialect: 'cdm-api',
    });
  }
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
});

function fingerprint(record: WireRecord): string {
  return JSON.stringify([record.id, record.payer, record.receiver, record.amount, record.timestamp]);
}

/** The expected wire records of the whole source, built from the records (ids and seq both grow with time). */
function everything(idKind: IdKind): WireRecord[] {
  return [...(streams[idKind] ?? [])]
    .sort((a, b) => a.seq - b.seq)
    .map((r) => ({
      id: idKind === 'int' ? r.idNum : r.id,
      payer: r.payer,
      receiver: r.beneficiary,
      amount: r.amount,
      timestamp: new Date(r.tsMs).toISOString(),
    }));
}

async function walk(idKind: IdKind, limit: number, filter = ''): Promise<WireRecord[][]> {
  const pages: WireRecord[][] = [];
  let key = '';
  for (;;) {
    const response = await fetch(
      `${servers[idKind]?.url ?? ''}/transactions/sepa?limit=${limit}${key}${filter}`,
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as WireRecord[];
    if (page.length === 0) return pages;
    pages.push(page);
    const last = page.at(-1);
    if (last === undefined) return pages;
    key =
      idKind === 'int'
        ? `&after-id=${String(last.id)}`
        : `&after-timestamp=${encodeURIComponent(last.timestamp)}&after-uuid=${String(last.id)}`;
  }
}

describe.each(['int', 'uuid'] as const)('keyset pagination with %s ids', (idKind) => {
  it.each([1, 2, 7, 50])(
    'covers every record exactly once with pages of %i and never ends a page inside a group',
    async (limit) => {
      const all = everything(idKind);
      expect(all.length).toBeGreaterThan(count);
      const pages = await walk(idKind, limit);
      expect(pages.flat().map(fingerprint)).toEqual(all.map(fingerprint));
      pages.forEach((page, i) => {
        const next = pages[i + 1]?.[0];
        const last = page.at(-1);
        if (next !== undefined && last !== undefined) {
          expect([next.id, next.timestamp]).not.toEqual([last.id, last.timestamp]);
          expect(page.length).toBeGreaterThanOrEqual(limit);
        }
      });
      // Batch groups of 3 and duplicates force some pages of size 1 and 2 to grow beyond the limit.
      if (limit <= 2) expect(pages.some((page) => page.length > limit)).toBe(true);
    },
  );

  it('orders records by (timestamp, id) ascending', async () => {
    const all = (await walk(idKind, 10000)).flat();
    const keys = all.map((r) => [Date.parse(r.timestamp), String(r.id)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('pages through a filtered source, every page matching the filter', async () => {
    const payer = partyIbans[1] ?? '';
    const pages = await walk(idKind, 5, `&payer=${payer}`);
    const records = pages.flat();
    expect(records.length).toBeGreaterThan(10);
    expect(records.every((r) => r.payer === payer)).toBe(true);
    expect(records.map(fingerprint)).toEqual(
      everything(idKind)
        .filter((r) => r.payer === payer)
        .map(fingerprint),
    );
  });

  it('answers [] when nothing is after the key', async () => {
    const last = everything(idKind).at(-1);
    if (last === undefined) throw new Error('empty');
    const key =
      idKind === 'int'
        ? `after-id=${String(last.id)}`
        : `after-timestamp=${encodeURIComponent(last.timestamp)}&after-uuid=${String(last.id)}`;
    const response = await fetch(`${servers[idKind]?.url ?? ''}/transactions/sepa?${key}`);
    expect(await response.json()).toEqual([]);
  });
});

describe('page size', () => {
  it('defaults to 5,000 records', async () => {
    const sepa = simStream('sepa', 6000, { stepMs: 60_000 }).filter((r) => r.corruption === null);
    const server = await startSimulatorServer({ dataset: memoryDataset({ sepa }), dialect: 'cdm-api' });
    try {
      const page = (await (await fetch(`${server.url}/transactions/sepa`)).json()) as unknown[];
      expect(page).toHaveLength(5000);
    } finally {
      await server.close();
    }
  });
});
