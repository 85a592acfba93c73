/** The exposer's shared server-side cursor: 5 days per poll, every end mode, and the cycle back to 2018-01-01. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ExposerEnd, SimulatorServer } from '../../../electron/simulator/serve/server';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';
import { memoryDataset } from '../../helpers/memory-dataset';
import { dayMs, simTx } from '../../helpers/sim-records';

const start = Date.UTC(2018, 0, 1);
// Periods of 5 days from 2018-01-01: records in periods 0, 0, 1, 2, (3 quiet), 4.
const offsetsMs = [0, 4 * dayMs + 23 * 3600_000, 5 * dayMs, 12 * dayMs, 24 * dayMs + 1];
const sepa = offsetsMs.map((offset, i) => simTx({ seq: i + 1, idNum: i + 1, tsMs: start + offset }));
const swift = [simTx({ source: 'swift', seq: 1, idNum: 100, tsMs: start + 6 * dayMs })];

let server: SimulatorServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(exposerEnd?: ExposerEnd): Promise<SimulatorServer> {
  const options = exposerEnd === undefined ? {} : { exposerEnd };
  server = await startSimulatorServer({
    dataset: memoryDataset({ sepa, swift }),
    dialect: 'exposer',
    ...options,
  });
  return server;
}

/** Waits (without any deadline of its own) until the server-side condition holds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

type Poll = { status: number; ids: number[] | null };

async function poll(path = '/sepa'): Promise<Poll> {
  if (server === null) throw new Error('no server');
  const response = await fetch(`${server.url}${path}`);
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, ids: null };
  const objects = text
    .replace(/\}\{/g, '}\n{')
    .split('\n')
    .map((o) => JSON.parse(o) as Record<string, string>);
  const ids = objects.flatMap((o) =>
    (JSON.parse(Object.values(o)[0] ?? '[]') as { id: number }[]).map((r) => r.id),
  );
  return { status: 200, ids };
}

const firstPass: Poll[] = [
  { status: 200, ids: [1, 2] },
  { status: 200, ids: [3] },
  { status: 200, ids: [4] },
  { status: 200, ids: [] },
  { status: 200, ids: [5] },
];

describe('exposer cursor', () => {
  it('serves the next 5-day period on each poll, an empty array for a quiet period', async () => {
    await serve();
    const polls: Poll[] = [];
    for (let i = 0; i < firstPass.length; i += 1) polls.push(await poll());
    expect(polls).toEqual(firstPass);
  });

  it('keeps one cursor per source, shared by all clients', async () => {
    await serve();
    expect(await poll('/sepa')).toEqual(firstPass[0]);
    expect(await poll('/swift')).toEqual({ status: 200, ids: [] });
    expect(await poll('/swift')).toEqual({ status: 200, ids: [100] });
    expect(await poll('/sepa')).toEqual(firstPass[1]);
  });

  it.each([
    ['empty', { status: 200, ids: [] }],
    ['204', { status: 204, ids: null }],
    ['404', { status: 404, ids: null }],
  ] as const)(
    'signals the end in %s mode once, then cycles back to the first period',
    async (mode, signal) => {
      await serve(mode);
      for (const expected of firstPass) expect(await poll()).toEqual(expected);
      expect(await poll()).toEqual(signal);
      expect(await poll()).toEqual(firstPass[0]);
      expect(await poll()).toEqual(firstPass[1]);
    },
  );

  it('wraps straight to the first period in wrap mode, with no end signal', async () => {
    await serve('wrap');
    for (const expected of firstPass) expect(await poll()).toEqual(expected);
    expect(await poll()).toEqual(firstPass[0]);
    expect(await poll()).toEqual(firstPass[1]);
  });

  it('hangs the poll after the last period in hang mode until the client aborts, then cycles back', async () => {
    const running = await serve('hang');
    for (const expected of firstPass) expect(await poll()).toEqual(expected);
    const controller = new AbortController();
    const hanging = fetch(`${running.url}/sepa`, { signal: controller.signal });
    let state = 'pending';
    const settled = hanging.then(
      () => (state = 'answered'),
      () => (state = 'aborted'),
    );
    await until(() => running.stats().requests['/sepa'] === firstPass.length + 1);
    // The server has the poll; another request answering shows it is alive but not replying to it.
    await expect(fetch(`${running.url}/ping`).then((r) => r.text())).resolves.toBe('{"message":"pong"}');
    expect(state).toBe('pending');
    controller.abort();
    expect(await settled).toBe('aborted');
    expect(await poll()).toEqual(firstPass[0]);
  });

  it('closes cleanly while a poll hangs', async () => {
    const running = await serve('hang');
    for (let i = 0; i < firstPass.length; i += 1) await poll();
    const hanging = fetch(`${running.url}/sepa`).then(
      () => 'answered',
      () => 'failed',
    );
    await until(() => running.stats().requests['/sepa'] === firstPass.length + 1);
    await running.close();
    server = null;
    expect(await hanging).toBe('failed');
  });

  it('serves an empty source as an end signal every time', async () => {
    server = await startSimulatorServer({
      dataset: memoryDataset({}),
      dialect: 'exposer',
      exposerEnd: '204',
    });
    expect(await poll()).toEqual({ status: 204, ids: null });
    expect(await poll()).toEqual({ status: 204, ids: null });
  });
});
