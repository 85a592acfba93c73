import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/result';
import { createCdmApiSource } from '../../../electron/sources/cdm-api-source';
import type { CdmSource, TransactionPage } from '../../../electron/sources/source';
import {
  json,
  startStubServer,
  type StubRequest,
  type StubReply,
  type StubServer,
} from '../../helpers/stub-http-server';

interface WireSepa {
  id: number | string;
  payer: string;
  receiver: string;
  amount: number | null;
  currency: string;
  timestamp: string;
}

function sepaRecord(id: number | string, timestamp: string): WireSepa {
  return {
    id,
    payer: 'DE89370400440532013000',
    receiver: 'NL02ABNA0123456789',
    amount: 5,
    currency: 'EUR',
    timestamp,
  };
}

/** Keyset paging as the cdm-api serves it: ordered by (timestamp, id), strictly after the key. */
function pageAfter(records: readonly WireSepa[], request: StubRequest): WireSepa[] {
  const limit = Number(request.query.get('limit') ?? '5000');
  const afterId = request.query.get('after-id');
  const afterTs = request.query.get('after-timestamp');
  const afterUuid = request.query.get('after-uuid') ?? '';
  const after = records.filter((record) => {
    if (afterId !== null) return Number(record.id) > Number(afterId);
    if (afterTs !== null) {
      const [a, b] = [Date.parse(record.timestamp), Date.parse(afterTs)];
      return a > b || (a === b && String(record.id) > afterUuid);
    }
    return true;
  });
  return after.slice(0, limit);
}

let server: StubServer | undefined;
let source: CdmSource | undefined;
afterEach(async () => {
  await source?.close();
  await server?.close();
  source = undefined;
  server = undefined;
});

async function cdmApiOver(
  records: WireSepa[],
  limit: number,
  extra?: (request: StubRequest) => StubReply | undefined,
) {
  server = await startStubServer((request) => {
    const answer = extra?.(request);
    if (answer) return answer;
    if (request.pathname === '/transactions/sepa') return json(pageAfter(records, request));
    return undefined;
  });
  source = createCdmApiSource({ url: server.url, pageLimit: limit, sleep: () => Promise.resolve() });
  return source;
}

async function drainPass(from: CdmSource, cursor: unknown): Promise<TransactionPage[]> {
  const pages: TransactionPage[] = [];
  let next = cursor;
  while (pages.length < 50) {
    const page = await from.nextPage('sepa', next);
    pages.push(page);
    next = page.cursor;
    if (page.endOfPass) return pages;
  }
  throw new Error('the pass never ended');
}

const dayTs = (day: number) => `2021-01-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('cdm-api transaction paging', () => {
  it('pages integer keys with after-id until [] ends the pass, keeping the key one step back', async () => {
    const records = [1, 2, 3, 4, 5, 6, 7].map((id) => sepaRecord(id, dayTs(id)));
    const cdm = await cdmApiOver(records, 3);
    const pages = await drainPass(cdm, null);
    expect(pages.map((p) => p.records.map((r) => r.id))).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7'],
      [],
    ]);
    expect(pages.map((p) => p.endOfPass)).toEqual([false, false, false, true]);
    // The next pass starts just before the last key, so it reads that key's group again.
    expect(pages.at(-1)?.cursor).toEqual({ afterId: '6' });
    expect(server?.requests.map((r) => r.path)).toEqual([
      '/transactions/sepa?limit=3',
      '/transactions/sepa?limit=3&after-id=3',
      '/transactions/sepa?limit=3&after-id=6',
      '/transactions/sepa?limit=3&after-id=7',
    ]);
  });

  it('resumes the next refresh at the last key and reads only that key and what arrived since', async () => {
    const records = [1, 2].map((id) => sepaRecord(id, dayTs(id)));
    const cdm = await cdmApiOver(records, 10);
    const first = await drainPass(cdm, null);
    records.push(sepaRecord(3, dayTs(3)));
    const second = await drainPass(cdm, JSON.parse(JSON.stringify(first.at(-1)?.cursor)));
    expect(second.map((p) => p.records.map((r) => r.id))).toEqual([['2', '3'], []]);
  });

  it('sees a batch sibling that joined the last key’s group after the pass ended', async () => {
    const records = [sepaRecord(1, dayTs(1)), sepaRecord(2, dayTs(2))];
    const cdm = await cdmApiOver(records, 10);
    const first = await drainPass(cdm, null);
    // Same id, parties and time, another amount: it sorts at the key, not after it.
    records.push({ ...sepaRecord(2, dayTs(2)), amount: 7 });
    const second = await drainPass(cdm, JSON.parse(JSON.stringify(first.at(-1)?.cursor)));
    expect(second.flatMap((p) => p.records.map((r) => r.amount))).toEqual([5, 7]);
  });

  it('sees such a sibling with uuid keys too', async () => {
    const uuid = (p: string) => `${p}000000-0000-4000-8000-000000000000`;
    const records = [sepaRecord(uuid('0a'), dayTs(1)), sepaRecord(uuid('1b'), dayTs(2))];
    const cdm = await cdmApiOver(records, 10);
    const first = await drainPass(cdm, null);
    records.push({ ...sepaRecord(uuid('1b'), dayTs(2)), amount: 7 });
    const second = await drainPass(cdm, JSON.parse(JSON.stringify(first.at(-1)?.cursor)));
    expect(second.flatMap((p) => p.records.map((r) => r.amount))).toEqual([5, 7]);
    expect(second.at(-1)?.cursor).toEqual(first.at(-1)?.cursor);
  });

  it('ends the pass on a first [] with no cursor yet', async () => {
    const cdm = await cdmApiOver([], 10);
    expect(await cdm.nextPage('sepa', null)).toEqual({ records: [], cursor: null, endOfPass: true });
  });

  it('pages uuid keys by timestamp and uuid, telling them from the records', async () => {
    const uuids = ['0b', '1c', '2d', '3e', '4f'].map((p) => `${p}000000-0000-4000-8000-000000000000`);
    // Two records share a timestamp: the uuid breaks the tie.
    const records = [
      sepaRecord(uuids[1] ?? '', dayTs(1)),
      sepaRecord(uuids[3] ?? '', dayTs(1)),
      sepaRecord(uuids[0] ?? '', dayTs(2)),
      sepaRecord(uuids[4] ?? '', dayTs(3)),
      sepaRecord(uuids[2] ?? '', dayTs(4)),
    ];
    const cdm = await cdmApiOver(records, 2);
    const pages = await drainPass(cdm, null);
    expect(pages.flatMap((p) => p.records.map((r) => r.id))).toEqual(records.map((r) => r.id));
    expect(pages[0]?.cursor).toEqual({ afterTimestamp: dayTs(1), afterUuid: uuids[3] });
    expect(server?.requests[1]?.query.get('after-uuid')).toBe(uuids[3]);
    expect(server?.requests[1]?.query.get('after-timestamp')).toBe(dayTs(1));
    expect(pages.at(-1)).toEqual({
      records: [],
      cursor: {
        afterTimestamp: '2021-01-04T09:59:59.999Z',
        afterUuid: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
      },
      endOfPass: true,
    });
  });

  it('accepts a page overlapping the previous one and never moves the key backwards', async () => {
    const records = [1, 2, 3, 4, 5].map((id) => sepaRecord(id, dayTs(id)));
    let served = 0;
    const cdm = await cdmApiOver(records, 2, (request) => {
      served += 1;
      // The second request gets a page starting earlier than its key (the duplicate fault).
      if (served === 2) return json(records.slice(0, 3));
      // The third gets a page wholly before its key: it must be fetched again, not followed back.
      if (served === 3) return json(records.slice(0, 2));
      return request.pathname === '/transactions/sepa' ? json(pageAfter(records, request)) : undefined;
    });
    const pages = await drainPass(cdm, null);
    expect(pages.map((p) => p.cursor)).toEqual([
      { afterId: '2' },
      { afterId: '3' },
      { afterId: '5' },
      { afterId: '4' },
    ]);
    expect(new Set(pages.flatMap((p) => p.records.map((r) => r.id)))).toEqual(
      new Set(['1', '2', '3', '4', '5']),
    );
    expect(server?.requests.map((r) => r.query.get('after-id'))).toEqual([null, '2', '3', '3', '5']);
  });

  it('fails with bad-response when the server keeps serving pages that do not move the key', async () => {
    const cdm = await cdmApiOver([], 2, () => json([sepaRecord(1, dayTs(1))]));
    const failure = await cdm.nextPage('sepa', { afterId: '9' }).catch((cause: unknown) => cause);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'bad-response' });
  });

  it('reads the SWIFT stream at its own path with sender/beneficiary names', async () => {
    const swift = [
      {
        id: 1,
        sender: 'CH9300762011623852957',
        beneficiary: 'NL02ABNA0123456789',
        amount: 3,
        currency: 'CHF',
        timestamp: dayTs(1),
      },
    ];
    const cdm = await cdmApiOver([], 5, (request) =>
      request.pathname === '/transactions/swift' ? json(swift) : undefined,
    );
    const page = await cdm.nextPage('swift', null);
    expect(page.records).toEqual([
      {
        source: 'swift',
        id: '1',
        payer: 'CH9300762011623852957',
        beneficiary: 'NL02ABNA0123456789',
        amount: 3,
        currency: 'CHF',
        ts: dayTs(1),
      },
    ]);
    expect(page.cursor).toEqual({ afterId: '1' });
  });
});

describe('cdm-api reference data', () => {
  it('pages companies by after-id until [] and keeps the rejected ones with a detail', async () => {
    const companies = [1, 2, 3, 4, 5, 6, 7].map((id) => ({
      id,
      ibans: `['NL02ABNA012345678${id}']`,
      name: `C${id}`,
      address: 'x',
    }));
    const broken = { id: 8, ibans: 42, name: 'Broken', address: 'x' };
    const all = [...companies, broken];
    const cdm = await cdmApiOver([], 3, (request) => {
      if (request.pathname !== '/companies') return undefined;
      const after = Number(request.query.get('after-id') ?? '-1');
      return json(all.filter((c) => c.id > after).slice(0, Number(request.query.get('limit'))));
    });
    const batch = await cdm.companies();
    expect(batch.companies.map((c) => c.companyId)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(batch.companies[0]).toEqual({
      companyId: 1,
      name: 'C1',
      address: 'x',
      ibans: ['NL02ABNA0123456781'],
      reportedBalance: null,
    });
    expect(batch.rejected).toEqual([
      { raw: JSON.stringify(broken), detail: expect.stringMatching(/^company ibans/) as unknown },
    ]);
    expect(server?.requests.map((r) => r.query.get('after-id'))).toEqual([null, '3', '6', '8']);
  });

  it('yields the company list one page per request, each before the next is asked for', async () => {
    const all = [1, 2, 3, 4, 5].map((id) => ({
      id,
      ibans: `['NL02ABNA012345678${id}']`,
      name: `C${id}`,
      address: 'x',
    }));
    const cdm = await cdmApiOver([], 2, (request) => {
      if (request.pathname !== '/companies') return undefined;
      const after = Number(request.query.get('after-id') ?? '-1');
      return json(all.filter((c) => c.id > after).slice(0, Number(request.query.get('limit'))));
    });
    const seen: { ids: number[]; requests: number }[] = [];
    for await (const page of cdm.companyPages()) {
      seen.push({ ids: page.companies.map((c) => c.companyId), requests: server?.requests.length ?? 0 });
    }
    expect(seen).toEqual([
      { ids: [1, 2], requests: 1 },
      { ids: [3, 4], requests: 2 },
      { ids: [5], requests: 3 },
    ]);
    expect(server?.requests.map((r) => r.query.get('after-id'))).toEqual([null, '2', '4', '5']);
  });

  it('reads the exchange-rate array', async () => {
    const cdm = await cdmApiOver([], 3, (request) =>
      request.pathname === '/exchange-rates'
        ? json([{ currency: 'EUR', usd_rate: 1.08, eur_rate: 1 }])
        : undefined,
    );
    expect((await cdm.rates()).rates).toEqual([{ currency: 'EUR', usdRate: 1.08, eurRate: 1 }]);
    expect(cdm.dialect).toBe('cdm-api');
  });

  it('refuses a page limit the server would reject', () => {
    expect(() => createCdmApiSource({ url: 'http://127.0.0.1:1', pageLimit: 20_000 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
