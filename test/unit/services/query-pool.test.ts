/**
 * The desktop app's query workers (electron/services/queries/): the same answers as the in-process
 * services over the same file, validation before anything reaches a worker, writes seen at once, a
 * long read that never holds up a short one, a crashed worker replaced, and every thread stopped
 * on close. Ordering is proven with events (a worker held on a shared-memory gate), never timing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reportRequest, type ReportProgress, type ReportRequest } from '../../../shared/reports';
import { writeReport } from '../../../electron/reports/write-report';
import { serviceReportInputs } from '../../../electron/services/report-inputs';
import type { Services } from '../../../shared/api';
import { contract, type MethodName } from '../../../shared/contract';
import { createServices } from '../../../electron/services/create-services';
import { fileDatabaseProvider, type DatabaseProvider } from '../../../electron/services/database-provider';
import { dispatch } from '../../../electron/services/dispatch';
import { createQueryPool, type QueryPool } from '../../../electron/services/queries/query-pool';
import { queryWorkerEntry } from '../../../electron/services/queries/worker-entry';
import { locateWorker } from '../../../electron/runtime/worker-entry';
import type { BlockingWorkerData } from '../../helpers/blocking-query-worker';
import { seededDatabaseFile, type QueryDbFile } from '../../helpers/query-db-file';
import { ibans, sepa } from '../../helpers/records';
import { openWritableDatabase } from '../../../electron/db/connection';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { loadAccountOwners } from '../../../electron/db/queries/account-owners';
import { classifyTransaction } from '../../../electron/sync/classify';

let file: QueryDbFile;
const generatedAt = new Date('2022-01-05T09:00:00Z');

function parseRequest(input: unknown): ReportRequest {
  return reportRequest.parse(input);
}
const pools: QueryPool[] = [];
const providers: DatabaseProvider[] = [];

beforeAll(() => {
  file = seededDatabaseFile();
});

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
  for (const provider of providers.splice(0)) provider.close();
});

afterAll(() => {
  file.remove();
});

function provider(path = file.path): DatabaseProvider {
  const database = fileDatabaseProvider(path);
  providers.push(database);
  return database;
}

function pool(options: { path?: string; workerData?: BlockingWorkerData } = {}): QueryPool {
  const path = options.path ?? file.path;
  const database = provider(path);
  const created = createQueryPool({
    dbPath: path,
    entry:
      options.workerData === undefined
        ? queryWorkerEntry()
        : locateWorker(import.meta.url, '../../helpers/blocking-query-worker.ts', 'blocking-query-worker'),
    prepare: () => void database.read(),
    ...(options.workerData === undefined ? {} : { workerData: { ...options.workerData } }),
  });
  pools.push(created);
  return created;
}

/** Yields to the event loop until the held worker has set gate[0]: an event, not a clock. */
async function untilBlocked(gate: Int32Array): Promise<void> {
  while (Atomics.load(gate, 0) === 0) await new Promise((resolve) => setImmediate(resolve));
}

function services(database: DatabaseProvider, queries?: QueryPool): Services {
  return createServices({
    identity: {
      name: 'Cashflow Monitor',
      version: 'test',
      dataDirectory: '/nowhere',
      databasePath: file.path,
    },
    database,
    ...(queries === undefined
      ? {}
      : {
          reads: queries.reads,
          afterWrite: () => {
            queries.invalidate();
          },
        }),
  });
}

const calls: readonly [MethodName, unknown][] = [
  ['searchCompanies', { text: 'acme' }],
  ['companySummary', { companyId: 1 }],
  ['companySummary', { companyId: 1, at: '2020-01-01', currency: 'USD' }],
  ['companySeries', { companyId: 1, from: '2019-01-01', to: '2021-12-31', granularity: 'month' }],
  ['companyCountries', { companyId: 1, from: '2019-01-01', to: '2021-12-31' }],
  ['companyInterest', { companyId: 1, from: '2019-01-01', to: '2021-12-31', debitRate: 0.1 }],
  ['companyForecast', { companyId: 1, at: '2021-12-31' }],
  ['companyCounterparties', { companyId: 1, from: '2019-01-01', to: '2021-12-31' }],
  ['companyTransactions', { companyId: 2, from: '2019-01-01', to: '2019-12-31', sort: 'amount' }],
  ['portfolio', { sort: 'name', order: 'asc' }],
  ['qualityReport', undefined],
  ['settingsGet', undefined],
  ['companySummary', { companyId: 99 }],
];

describe('the query workers', () => {
  it('answer every read method exactly as the in-process services do, failures with the same code', async () => {
    const queries = pool();
    const inWorkers = services(provider(), queries);
    const inProcess = services(provider());
    for (const [name, argument] of calls) {
      const expected = await dispatch(inProcess, name, argument);
      expect(await dispatch(inWorkers, name, argument), name).toEqual(expected);
    }
    expect(await dispatch(inWorkers, 'companySummary', { companyId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // Both lanes served some of them.
    expect(queries.running()).toBe(2);
  });

  it('validate at the boundary: an invalid argument is refused before any worker starts', async () => {
    const queries = pool();
    const answer = await dispatch(services(provider(), queries), 'companySeries', {
      companyId: 1,
      from: '2021-01-01',
      to: '2019-01-01',
      granularity: 'day',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(queries.running()).toBe(0);
  });

  it('see a write of the main thread at once (WAL), and after invalidate too', async () => {
    const queries = pool();
    const app = services(provider(), queries);
    expect(await dispatch(app, 'settingsGet', undefined)).toMatchObject({
      value: { reportingCurrency: 'EUR' },
    });
    const before = await dispatch(app, 'companySummary', { companyId: 1 });
    expect(await dispatch(app, 'settingsUpdate', { reportingCurrency: 'USD' })).toMatchObject({ ok: true });
    expect(await dispatch(app, 'settingsGet', undefined)).toMatchObject({
      value: { reportingCurrency: 'USD' },
    });
    const after = await dispatch(app, 'companySummary', { companyId: 1 });
    expect(after).toMatchObject({ ok: true, value: { currency: 'USD' } });
    expect(before).toMatchObject({ ok: true, value: { currency: 'EUR' } });
    await dispatch(app, 'settingsUpdate', { reportingCurrency: 'EUR' });
  });

  it('see a commit of another connection (the sync worker) at once, their cached portfolio included', async () => {
    const own = seededDatabaseFile();
    try {
      const queries = pool({ path: own.path });
      const app = services(provider(own.path), queries);
      const balanceOfAcme = async () => {
        const answer = await dispatch(app, 'portfolio', { sort: 'companyId', order: 'asc' });
        if (!answer.ok) throw new Error(answer.error.message);
        return answer.value.rows.find((row) => row.companyId === 1)?.balance;
      };
      const before = await balanceOfAcme();
      // A commit as the sync worker makes one: another connection, no message to the pool, and a day
      // inside the synced span, so only the change counter tells the worker's cache that it is stale.
      const writer = openWritableDatabase(own.path);
      const ingester = createTransactionIngester(writer);
      const owners = loadAccountOwners(writer);
      writer.transaction(() =>
        ingester.ingest(
          [
            classifyTransaction(
              sepa({
                id: '99',
                payer: ibans.foreignCh,
                beneficiary: ibans.acmeDe,
                amount: 500,
                ts: '2020-06-01T08:00:00Z',
              }),
              { strictIban: false },
            ),
          ],
          owners,
        ),
      )();
      writer.close();
      expect(await balanceOfAcme()).toBeCloseTo((before ?? 0) + 500, 2);
    } finally {
      own.remove();
    }
  });

  it('answer not-found before any database exists, as the in-process reads do', async () => {
    const missing = `${file.path}.missing`;
    const queries = pool({ path: missing });
    await expect(queries.call('companySummary', { companyId: 1 })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('never hold a short read behind a long one: a summary completes while the portfolio is blocked', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(8));
    const queries = pool({ workerData: { gate, blockMethod: 'portfolio' } });
    const events: string[] = [];
    const long = queries.call('portfolio', {
      sort: 'name',
      order: 'asc',
      filter: 'all',
      offset: 0,
      limit: 10,
    });
    void long.then(() => events.push('portfolio answered'));
    // Wait (on an event, not a clock) until the long lane's worker is inside the portfolio handler.
    await untilBlocked(gate);
    const summary = await queries.call('companySummary', { companyId: 1 });
    events.push('summary answered');
    expect(summary).toMatchObject({ companyId: 1 });
    expect(Atomics.load(gate, 1)).toBe(0);
    expect(events).toEqual(['summary answered']);
    Atomics.store(gate, 1, 1);
    Atomics.notify(gate, 1);
    await expect(long).resolves.toMatchObject({ total: 2 });
    expect(events).toEqual(['summary answered', 'portfolio answered']);
  });

  it('do queue reads of one lane: a summary sent while a short read is blocked answers after it', async () => {
    // The control for the test above: the same gate on a short-lane method holds the summary up.
    const gate = new Int32Array(new SharedArrayBuffer(8));
    const queries = pool({ workerData: { gate, blockMethod: 'companyCountries' } });
    const events: string[] = [];
    const blocked = queries
      // The pool receives arguments as the contract validated them: days as day numbers.
      .call(
        'companyCountries',
        contract.companyCountries.input.parse({ companyId: 1, from: '2019-01-01', to: '2019-12-31' }),
      )
      .then(() => events.push('countries answered'));
    await untilBlocked(gate);
    const summary = queries
      .call('companySummary', { companyId: 1 })
      .then(() => events.push('summary answered'));
    Atomics.store(gate, 1, 1);
    Atomics.notify(gate, 1);
    await Promise.all([blocked, summary]);
    expect(events).toEqual(['countries answered', 'summary answered']);
  });

  it('turn a crashed worker into a typed error and answer the next call from a new one', async () => {
    const queries = pool({ workerData: { crashMethod: 'qualityReport' } });
    const app = services(provider(), queries);
    expect(await dispatch(app, 'portfolio', undefined)).toMatchObject({ ok: true, value: { total: 2 } });
    expect(await dispatch(app, 'qualityReport', undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(queries.running()).toBe(0);
    // The same lane answers again: a new thread took the dead one's place.
    expect(await dispatch(app, 'portfolio', undefined)).toMatchObject({ ok: true, value: { total: 2 } });
    expect(queries.running()).toBe(1);
  });

  it('stop every thread on close; calls after it answer cancelled', async () => {
    const queries = pool();
    await queries.call('companySummary', { companyId: 1 });
    await queries.call('qualityReport', {});
    expect(queries.running()).toBe(2);
    await queries.close();
    expect(queries.running()).toBe(0);
    await expect(queries.call('companySummary', { companyId: 1 })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });
});

describe('the export worker', () => {
  const csv = {
    scope: 'company',
    format: 'csv',
    companyId: 1,
    from: '2019-01-01',
    to: '2021-12-31',
    kind: 'transactions',
  } as const;

  it('writes the same CSV as an export in this thread, and a PDF, off the main thread', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cashflow-export-worker-'));
    try {
      const queries = pool();
      const progress: string[] = [];
      const control = { progress: (next: ReportProgress) => progress.push(next.phase) };
      const inWorker = await queries.exportReport(
        parseRequest(csv),
        join(folder, 'worker.csv'),
        generatedAt,
        control,
      );
      const here = await writeReport(
        serviceReportInputs(services(provider()), provider(), () => generatedAt),
        parseRequest(csv),
        join(folder, 'here.csv'),
        { overwrite: true, control: { progress: () => undefined } },
      );
      expect(inWorker).toMatchObject({ status: 'saved', format: 'csv', rows: here.rows });
      expect(readFileSync(join(folder, 'worker.csv'))).toEqual(readFileSync(join(folder, 'here.csv')));
      expect(progress.length).toBeGreaterThan(0);

      const pdf = await queries.exportReport(
        parseRequest({ scope: 'company', format: 'pdf', companyId: 1, from: '2019-01-01', to: '2021-12-31' }),
        join(folder, 'worker.pdf'),
        generatedAt,
        control,
      );
      expect(pdf).toMatchObject({ status: 'saved', format: 'pdf' });
      expect(readFileSync(join(folder, 'worker.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers cancelled and leaves no file when the export was cancelled before it began', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cashflow-export-worker-'));
    try {
      const queries = pool();
      const controller = new AbortController();
      controller.abort();
      await expect(
        queries.exportReport(parseRequest(csv), join(folder, 'cancelled.csv'), generatedAt, {
          signal: controller.signal,
          progress: () => undefined,
        }),
      ).rejects.toMatchObject({ code: 'cancelled' });
      expect(existsSync(join(folder, 'cancelled.csv'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
