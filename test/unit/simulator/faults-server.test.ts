/** Fault injection through real HTTP: rates, effects on the wire, the exposer cursor, and determinism. */
import { createHash } from 'node:crypto';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultKind, FaultRates } from '../../../electron/simulator/faults/fault-spec';
import type { SimulatorServer, SimulatorServerOptions } from '../../../electron/simulator/serve/server';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';
import { memoryDataset } from '../../helpers/memory-dataset';
import { dayMs, simStream, simTx } from '../../helpers/sim-records';

const periods = 20;
// One record per 5-day period, its id = period + 1, so each complete poll names the period it served.
const sepa = Array.from({ length: periods }, (_, i) =>
  simTx({ seq: i + 1, idNum: i + 1, tsMs: Date.UTC(2018, 0, 1) + i * 5 * dayMs + 3600_000 }),
);

const servers: SimulatorServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(
  faults: FaultRates,
  extra: Partial<SimulatorServerOptions> = {},
): Promise<SimulatorServer> {
  const server = await startSimulatorServer({
    dataset: memoryDataset({ sepa, swift: simStream('swift', 200) }),
    dialect: 'exposer',
    exposerEnd: 'wrap',
    faults,
    faultSeed: 2024,
    slowMs: 1,
    ...extra,
  });
  servers.push(server);
  return server;
}

type Outcome =
  | { kind: 'answer'; status: number; body: string; headers: Record<string, unknown> }
  | { kind: 'broken'; received: number; declared: number }
  | { kind: 'hang' };

/** One request; a request the server chose to hang is aborted as soon as the server's stats show it. */
async function attempt(server: SimulatorServer, path: string): Promise<Outcome> {
  const hangsBefore = server.stats().faults.hang;
  const controller = new AbortController();
  let settled = false;
  const watcher = (async () => {
    while (!settled) {
      if (server.stats().faults.hang > hangsBefore) controller.abort();
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  let received = 0;
  let declared = -1;
  try {
    const response = await request(`${server.url}${path}`, { signal: controller.signal });
    declared = Number(response.headers['content-length'] ?? -1);
    const chunks: Buffer[] = [];
    for await (const chunk of response.body) {
      const buffer = chunk as Buffer;
      received += buffer.length;
      chunks.push(buffer);
    }
    return {
      kind: 'answer',
      status: response.statusCode,
      body: Buffer.concat(chunks).toString('utf8'),
      headers: response.headers,
    };
  } catch {
    return controller.signal.aborted ? { kind: 'hang' } : { kind: 'broken', received, declared };
  } finally {
    settled = true;
    await watcher;
  }
}

/** The period ids of a complete exposer answer, or null when the body does not parse. */
function periodIds(body: string): number[] | null {
  try {
    const objects = body.replace(/\}\{/g, '}\n{').split('\n');
    return objects.flatMap((o) =>
      (
        JSON.parse((JSON.parse(o) as { sepa_transactions: string }).sepa_transactions) as { id: number }[]
      ).map((r) => r.id),
    );
  } catch {
    return null;
  }
}

describe('fault rates over real requests', () => {
  it('injects each kind at its configured rate (±4 binomial σ over 2,000 polls) and never advances the cursor on a faulted poll', async () => {
    const rates = { status5xx: 0.05, reset: 0.02, hang: 0.01, slow: 0.05, duplicate: 0.05, truncate: 0.01 };
    const server = await serve(rates);
    const n = 2000;
    const seen = { status5xx: 0, reset: 0, hang: 0, truncate: 0, repeats: 0 };
    let previous: number | null = null;
    for (let i = 0; i < n; i += 1) {
      const outcome = await attempt(server, '/sepa');
      if (outcome.kind === 'hang') seen.hang += 1;
      else if (outcome.kind === 'broken') seen.reset += 1;
      else if (outcome.status >= 500) seen.status5xx += 1;
      else {
        const ids = periodIds(outcome.body);
        if (ids === null) {
          seen.truncate += 1;
          continue;
        }
        expect(ids).toHaveLength(1);
        const id = ids[0] ?? 0;
        // A complete answer serves the period after the last complete one, or the same one again
        // right after a duplicate; faulted polls in between moved nothing.
        if (id === previous) seen.repeats += 1;
        else expect(id).toBe(previous === null ? 1 : (previous % periods) + 1);
        previous = id;
      }
    }
    const stats = server.stats();
    expect(stats.requests['/sepa']).toBe(n);
    for (const kind of Object.keys(rates) as FaultKind[]) {
      const p = rates[kind];
      const sigma = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(stats.faults[kind] - n * p), kind).toBeLessThanOrEqual(4 * sigma);
    }
    expect(seen.status5xx).toBe(stats.faults.status5xx);
    expect(seen.reset).toBe(stats.faults.reset);
    expect(seen.hang).toBe(stats.faults.hang);
    expect(seen.truncate).toBe(stats.faults.truncate);
    // The last duplicate may be the final poll, whose repeat is never seen.
    expect(stats.faults.duplicate - seen.repeats).toBeGreaterThanOrEqual(0);
    expect(stats.faults.duplicate - seen.repeats).toBeLessThanOrEqual(1);
  });

  it('answers the same response sequence for the same dataset and fault seed', async () => {
    const rates = { status5xx: 0.1, reset: 0.1, hang: 0.05, slow: 0.1, duplicate: 0.1, truncate: 0.1 };
    const digest = async (server: SimulatorServer): Promise<string> => {
      const hash = createHash('sha256');
      for (let i = 0; i < 150; i += 1) {
        const path = i % 3 === 0 ? '/swift' : '/sepa';
        const outcome = await attempt(server, path);
        hash.update(JSON.stringify(outcome.kind === 'answer' ? [outcome.status, outcome.body] : outcome));
        hash.update('\n');
      }
      return hash.digest('hex');
    };
    const first = await digest(await serve(rates));
    const second = await digest(await serve(rates));
    const other = await digest(await serve(rates, { faultSeed: 7 }));
    expect(second).toBe(first);
    expect(other).not.toBe(first);
  });
});

describe('fault effects', () => {
  it('answers 500 or 503, sometimes with Retry-After 0 or 1', async () => {
    const server = await serve({ status5xx: 1 });
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => attempt(server, '/company_info')));
    const statuses = new Set(outcomes.map((o) => (o.kind === 'answer' ? o.status : 0)));
    const retryAfter = new Set(
      outcomes.map((o) => (o.kind === 'answer' ? String(o.headers['retry-after']) : 'x')),
    );
    expect(statuses).toEqual(new Set([500, 503]));
    expect(retryAfter).toEqual(new Set(['0', '1', 'undefined']));
  });

  it('resets the connection mid-body: part of the declared length arrives, then the socket is gone', async () => {
    const server = await serve({ reset: 1 });
    const outcome = await attempt(server, '/swift');
    expect(outcome.kind).toBe('broken');
    if (outcome.kind !== 'broken') return;
    expect(outcome.received).toBeGreaterThan(0);
    expect(outcome.received).toBeLessThan(outcome.declared);
  });

  it.each(['exposer', 'cdm-api'] as const)(
    'truncates the %s body: 200 without length, a strict prefix that does not parse',
    async (dialect) => {
      const path = dialect === 'exposer' ? '/swift' : '/transactions/swift';
      const clean = await attempt(await serve({}, { dialect }), path);
      const cut = await attempt(await serve({ truncate: 1 }, { dialect }), path);
      if (clean.kind !== 'answer' || cut.kind !== 'answer') throw new Error('expected answers');
      expect(cut.status).toBe(200);
      expect(cut.headers['content-length']).toBeUndefined();
      expect(cut.body.length).toBeLessThan(clean.body.length);
      expect(clean.body.startsWith(cut.body)).toBe(true);
      if (dialect === 'exposer') expect(periodIds(cut.body)).toBeNull();
      else expect(() => JSON.parse(cut.body) as unknown).toThrow();
    },
  );

  it('hangs a data request until the client aborts, while /ping is never faulted', async () => {
    const server = await serve({ hang: 1 });
    const controller = new AbortController();
    let state = 'pending';
    const hanging = fetch(`${server.url}/sepa`, { signal: controller.signal }).then(
      () => (state = 'answered'),
      () => (state = 'aborted'),
    );
    while (server.stats().faults.hang === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await (await fetch(`${server.url}/ping`)).text()).toBe('{"message":"pong"}');
    expect(state).toBe('pending');
    controller.abort();
    await hanging;
    expect(state).toBe('aborted');
    expect(server.stats().faults.hang).toBe(1);
  });

  it('answers a slow poll completely and then advances the cursor', async () => {
    const server = await serve({ slow: 1 }, { slowMs: 20 });
    const bodies = [await attempt(server, '/sepa'), await attempt(server, '/sepa')];
    expect(bodies.map((o) => (o.kind === 'answer' ? periodIds(o.body) : null))).toEqual([[1], [2]]);
    expect(server.stats().faults.slow).toBe(2);
  });

  it('serves the same exposer batch again on a duplicate fault, without advancing', async () => {
    const server = await serve({ duplicate: 1 });
    const polls = [await attempt(server, '/sepa'), await attempt(server, '/sepa')];
    expect(polls.map((o) => (o.kind === 'answer' ? periodIds(o.body) : null))).toEqual([[1], [1]]);
  });

  it('serves a cdm-api page that starts before the key on a duplicate fault', async () => {
    const path = '/transactions/swift?after-id=100&limit=20';
    const outcome = await attempt(await serve({ duplicate: 1 }, { dialect: 'cdm-api' }), path);
    const clean = await attempt(await serve({}, { dialect: 'cdm-api' }), path);
    if (outcome.kind !== 'answer' || clean.kind !== 'answer') throw new Error('expected answers');
    const records = JSON.parse(outcome.body) as { id: number }[];
    const cleanRecords = JSON.parse(clean.body) as { id: number }[];
    expect(records[0]?.id).toBeLessThanOrEqual(100);
    // The overlapping page still ends where the clean one does, so a client keeps progressing.
    expect(records.slice(records.length - cleanRecords.length)).toEqual(cleanRecords);
    expect(records.length).toBeGreaterThan(cleanRecords.length);
  });
});
