import { afterEach, describe, expect, it } from 'vitest';
import { readExposerFixture } from '../../helpers/fixtures';
import type { PaymentStream } from '../../../shared/domain';
import {
  advanceExposerCursor,
  initialExposerCursor,
  readExposerCursor,
  type ExposerCursor,
} from '../../../electron/sources/exposer-cursor';
import { createExposerSource } from '../../../electron/sources/exposer-source';
import type { CdmSource, TransactionPage } from '../../../electron/sources/source';
import { json, startStubServer, text, type StubReply, type StubServer } from '../../helpers/stub-http-server';

const fixture = readExposerFixture;
const ms = (iso: string) => Date.parse(iso);

/** An exposer poll body holding one record per timestamp, split into objects of `chunk` records. */
function batch(stream: PaymentStream, timestamps: string[], chunk = 1000): StubReply {
  const elements = timestamps.map((time, i) => ({
    id: 1000 + i,
    sender: 'DE89370400440532013000',
    beneficiary: 'NL02ABNA0123456789',
    amount: { Float: 10 + i, Valid: true },
    currency: 'EUR',
    time,
  }));
  const objects: string[] = [];
  for (let i = 0; i < Math.max(1, elements.length); i += chunk) {
    objects.push(
      JSON.stringify({ [`${stream}_transactions`]: JSON.stringify(elements.slice(i, i + chunk)) }),
    );
  }
  return text(objects.join(''));
}

// Five-day periods as the server serves them, each with records at its start and end.
const p1 = batch('sepa', ['2018-01-01T08:00:00Z', '2018-01-05T17:00:00Z']);
const p2 = batch('sepa', ['2018-01-06T09:00:00Z', '2018-01-10T12:00:00Z']);
const p3 = batch('sepa', ['2018-01-11T09:00:00Z', '2018-01-15T12:00:00Z']);
const p4 = batch('sepa', ['2018-01-16T09:00:00Z']);
const emptyPeriod = text('{"sepa_transactions":"[]"}');

let server: StubServer | undefined;
let source: CdmSource | undefined;
afterEach(async () => {
  await source?.close();
  await server?.close();
  source = undefined;
  server = undefined;
});

async function exposerWith(...replies: StubReply[]): Promise<CdmSource> {
  server = await startStubServer();
  server.enqueue(...replies);
  source = createExposerSource({ url: server.url, sleep: () => Promise.resolve(), random: () => 0 });
  return source;
}

/** Polls like the sync engine: from `cursor` until a page ends the pass (bounded, to fail not hang). */
async function drainPass(from: CdmSource, cursor: unknown): Promise<TransactionPage[]> {
  const pages: TransactionPage[] = [];
  let next = cursor;
  while (pages.length < 20) {
    const page = await from.nextPage('sepa', next);
    pages.push(page);
    next = page.cursor;
    if (page.endOfPass) return pages;
  }
  throw new Error('the pass never ended');
}

describe('exposer pass logic (pure)', () => {
  it('treats a batch starting at the same time as the previous one as a re-delivery, not a wrap', () => {
    const seen: ExposerCursor = { passStartMs: 100, prevMinMs: 500, wrapped: false, emptyStreak: 0 };
    expect(advanceExposerCursor(seen, { kind: 'batch', minMs: 500, maxMs: 900 })).toEqual({
      cursor: { passStartMs: 100, prevMinMs: 500, wrapped: false, emptyStreak: 0 },
      endOfPass: false,
    });
  });

  it('ends a wrapped pass only once a batch reaches back to where the pass began', () => {
    const resumed: ExposerCursor = { passStartMs: 1000, prevMinMs: 3000, wrapped: false, emptyStreak: 0 };
    const wrapped = advanceExposerCursor(resumed, { kind: 'batch', minMs: 0, maxMs: 400 });
    expect(wrapped).toEqual({
      cursor: { passStartMs: 1000, prevMinMs: 0, wrapped: true, emptyStreak: 0 },
      endOfPass: false,
    });
    expect(advanceExposerCursor(wrapped.cursor, { kind: 'batch', minMs: 500, maxMs: 1000 })).toEqual({
      cursor: { passStartMs: null, prevMinMs: 500, wrapped: false, emptyStreak: 0 },
      endOfPass: true,
    });
  });

  it('ends a pass on the second empty poll in a row, and a batch in between resets the count', () => {
    const once = advanceExposerCursor(initialExposerCursor, { kind: 'empty' });
    expect(once).toEqual({ cursor: { ...initialExposerCursor, emptyStreak: 1 }, endOfPass: false });
    const reset = advanceExposerCursor(once.cursor, { kind: 'batch', minMs: 5, maxMs: 6 });
    expect(reset.cursor.emptyStreak).toBe(0);
    const twice = advanceExposerCursor(advanceExposerCursor(reset.cursor, { kind: 'empty' }).cursor, {
      kind: 'empty',
    });
    expect(twice).toEqual({
      cursor: { passStartMs: null, prevMinMs: 5, wrapped: false, emptyStreak: 0 },
      endOfPass: true,
    });
  });

  it('lets records without a readable time end an empty streak but not move the cursor', () => {
    const step = advanceExposerCursor(
      { ...initialExposerCursor, emptyStreak: 1, prevMinMs: 9 },
      { kind: 'batch', minMs: null, maxMs: null },
    );
    expect(step).toEqual({ cursor: { ...initialExposerCursor, prevMinMs: 9 }, endOfPass: false });
  });

  it('starts from the initial cursor when the saved one is missing or not an exposer cursor', () => {
    expect(readExposerCursor(null)).toEqual(initialExposerCursor);
    expect(readExposerCursor({ afterId: '4' })).toEqual(initialExposerCursor);
    const saved = { passStartMs: 1, prevMinMs: 2, wrapped: true, emptyStreak: 1 };
    expect(readExposerCursor(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });
});

describe('exposer source over HTTP', () => {
  it('reads a pass until the server wraps back to the first period, ingesting the wrapped batch too', async () => {
    const exposer = await exposerWith(p1, p2, p3, p1);
    const pages = await drainPass(exposer, null);
    expect(pages.map((p) => p.endOfPass)).toEqual([false, false, false, true]);
    expect(pages.map((p) => p.records.length)).toEqual([2, 2, 2, 2]);
    expect(pages[3]?.cursor).toEqual({
      passStartMs: null,
      prevMinMs: ms('2018-01-01T08:00:00Z'),
      wrapped: false,
      emptyStreak: 0,
    });
    expect(server?.requests.map((r) => r.pathname)).toEqual(['/sepa', '/sepa', '/sepa', '/sepa']);
  });

  it('keeps polling past one empty end-of-data answer and ends at the wrap that follows', async () => {
    const exposer = await exposerWith(p1, p2, emptyPeriod, p1);
    const pages = await drainPass(exposer, null);
    expect(pages.map((p) => [p.records.length, p.endOfPass])).toEqual([
      [2, false],
      [2, false],
      [0, false],
      [2, true],
    ]);
  });

  it('ends a pass after two polls in a row that bring nothing: an empty array, 204 or 404', async () => {
    const exposer = await exposerWith(p1, emptyPeriod, p2, { status: 204 }, json({ error: 'no more' }, 404));
    const pages = await drainPass(exposer, null);
    expect(pages.map((p) => [p.records.length, p.endOfPass])).toEqual([
      [2, false],
      [0, false],
      [2, false],
      [0, false],
      [0, true],
    ]);
  });

  it('does not take a re-delivered batch for a wrap', async () => {
    const exposer = await exposerWith(p1, p2, p2, p3, p1);
    const pages = await drainPass(exposer, null);
    expect(pages.map((p) => p.endOfPass)).toEqual([false, false, false, false, true]);
  });

  it('starts a fresh pass in a new run, so periods served to a run that died before committing them are read again', async () => {
    // The dead run committed p1 and p2, then fetched p3 (the server moved on) and was killed.
    const saved = {
      passStartMs: ms('2018-01-01T08:00:00Z'),
      prevMinMs: ms('2018-01-06T09:00:00Z'),
      wrapped: false,
      emptyStreak: 0,
    };
    const exposer = await exposerWith(p4, p1, p2, p3, p4);
    const pages = await drainPass(exposer, JSON.parse(JSON.stringify(saved)));
    // Trusting the saved pass start would end at the wrap (p1) and never see p3 again.
    expect(pages.map((p) => p.records[0]?.ts)).toEqual([
      '2018-01-16T09:00:00Z',
      '2018-01-01T08:00:00Z',
      '2018-01-06T09:00:00Z',
      '2018-01-11T09:00:00Z',
      '2018-01-16T09:00:00Z',
    ]);
    expect(pages.map((p) => p.endOfPass)).toEqual([false, false, false, false, true]);
  });

  it('retries a failed poll and keeps the pass logic unaffected by the fault', async () => {
    const exposer = await exposerWith(
      p1,
      text('oops', 503),
      { reset: true },
      text('{"sepa_transactions":"[{\\"id'),
      p2,
      p1,
    );
    const retries: number[] = [];
    exposer.onRetry((notice) => retries.push(notice.attempt));
    const pages = await drainPass(exposer, null);
    expect(pages.map((p) => p.endOfPass)).toEqual([false, false, true]);
    expect(retries).toEqual([1, 2, 3]);
  });

  it('returns every record of a batch split over several objects, and records with broken times', async () => {
    const big = batch(
      'sepa',
      [
        '2018-01-01T00:00:00Z',
        '2018-01-02T00:00:00Z',
        'not-a-time',
        '2018-01-03T00:00:00Z',
        '2018-01-04T00:00:00Z',
      ],
      2,
    );
    const exposer = await exposerWith(big, p2);
    const first = await exposer.nextPage('sepa', null);
    expect(first.records.map((r) => r.ts)).toContain('not-a-time');
    expect(first.records).toHaveLength(5);
    expect(first.cursor).toEqual({
      passStartMs: ms('2018-01-01T00:00:00Z'),
      prevMinMs: ms('2018-01-01T00:00:00Z'),
      wrapped: false,
      emptyStreak: 0,
    });
  });

  it('counts a poll that times out after its retries as a poll that brought nothing', async () => {
    server = await startStubServer();
    server.enqueue({ hang: true }, { status: 204 });
    source = createExposerSource({ url: server.url, timeouts: { headersMs: 50 }, retry: { maxAttempts: 1 } });
    const pages = await drainPass(source, { ...initialExposerCursor, prevMinMs: 7 });
    expect(pages.map((p) => [p.records.length, p.endOfPass])).toEqual([
      [0, false],
      [0, true],
    ]);
  });

  it('polls the swift stream at /swift and reads the fixture poll', async () => {
    const exposer = await exposerWith(text(fixture('exposer-swift-poll.txt')));
    const page = await exposer.nextPage('swift', null);
    expect(server?.requests[0]?.pathname).toBe('/swift');
    expect(page.records.map((r) => r.source)).toEqual(['swift', 'swift', 'swift']);
    expect(page.cursor).toMatchObject({ passStartMs: ms('2018-01-03T09:15:00Z') });
  });

  it('reads companies and rates from the fixture endpoints', async () => {
    server = await startStubServer((request) => {
      if (request.pathname === '/company_info') return text(fixture('exposer-company-info.json'));
      if (request.pathname === '/exchange_rates') return text(fixture('exposer-exchange-rates.json'));
      return undefined;
    });
    source = createExposerSource({ url: server.url });
    const { companies, rejected } = await source.companies();
    expect(companies.map((c) => [c.companyId, c.ibans.length, c.reportedBalance])).toEqual([
      [0, 1, 1814],
      [1, 2, -250],
    ]);
    expect(rejected).toEqual([]);
    expect((await source.rates()).rates.map((r) => r.currency)).toEqual([
      'EUR',
      'GBP',
      'USD',
      'SGP',
      'JPY',
      'NOK',
      'PLN',
    ]);
    expect(source.dialect).toBe('exposer');
  });
});
