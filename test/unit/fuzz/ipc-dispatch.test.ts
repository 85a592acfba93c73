/**
 * IPC fuzz: every method of the contract, called through `dispatch` (what the Electron handlers and
 * the HTTP test host both run) with random arguments: anything at all, and valid arguments mutated
 * (wrong types, impossible days, huge ids, extra and missing keys, SQL and unicode text). Each call
 * must resolve, never reject, to a result or a typed error; an argument the schema refuses must be
 * answered `invalid-argument`, and no call may answer `internal` (an unexpected exception).
 *
 * Services run over a small seeded in-memory database. Nothing here reaches the network or the
 * disk: no sync service is given, so the source and sync methods (sourceTest, sourceAdd, syncStart,
 * demoStart…) answer not-found before any request; the report dialogs are a stub that cancels, so
 * reportExport validates and reads the company but writes no file; settingsUpdate writes only to
 * the in-memory database.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { openedDatabaseProvider } from '../../../electron/services/database-provider';
import { dispatch } from '../../../electron/services/dispatch';
import type { ReportFileDialogs } from '../../../electron/services/report-service';
import { contract, methodNames, type MethodInput, type MethodName } from '../../../shared/contract';
import { errorCodes } from '../../../shared/result';
import { ibans, sepa, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';
import { hostileText, runs } from './adversarial';

const seed = 0x11_04_04;

const db = seededDatabase(
  [
    {
      companyId: 1,
      name: 'Acme',
      address: 'Berlin',
      ibans: [ibans.acmeDe, ibans.acmeNl],
      reportedBalance: null,
    },
    {
      companyId: 2,
      name: "O'Brien; DROP TABLE company",
      address: '—',
      ibans: [ibans.kempGb],
      reportedBalance: 5,
    },
  ],
  [
    sepa({ id: '1', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 42, ts: '2019-03-04T10:00:00Z' }),
    sepa({
      id: '2',
      payer: ibans.acmeDe,
      beneficiary: ibans.foreignCh,
      amount: 1000,
      ts: '2020-02-29T23:59:59+01:00',
    }),
    swift({ id: '3', payer: ibans.foreignNo, beneficiary: ibans.acmeNl, currency: 'JPY', amount: 5e6 }),
    swift({ id: '4', payer: ibans.foreignNo, beneficiary: ibans.kempGb, currency: 'SGP', amount: 1 }),
    swift({ id: '5', payer: 'XX00', beneficiary: ibans.kempGb, amount: 1, ts: '2021-01-01T00:00:00Z' }),
    sepa({ id: '6', amount: null, ts: '2021-02-28T12:00:00Z' }),
    sepa({ id: '7', amount: 10, ts: '2021-06-30T00:00:00Z' }),
    sepa({ id: '7', amount: 11, ts: '2021-06-30T00:00:00Z' }),
  ],
);

/** Stands in for the shell's save dialog: the analyst always cancels, so no file is written. */
const cancellingDialogs: ReportFileDialogs = {
  defaultFolder: () => '/nonexistent-folder',
  chooseSavePath: () => Promise.resolve(null),
  showInFolder: () => undefined,
};

const services = createServices({
  identity: {
    name: 'Cashflow Monitor',
    version: 'fuzz',
    dataDirectory: '/nonexistent',
    databasePath: ':memory:',
  },
  database: openedDatabaseProvider(db),
  reportDialogs: cancellingDialogs,
  now: () => new Date('2021-07-01T00:00:00Z'),
});

afterAll(() => {
  db.close();
});

// ---- valid arguments, per method ----

const isoDay = fc.oneof(
  fc.constantFrom('2019-03-04', '2020-02-29', '2021-06-30', '1970-01-01', '0100-01-01', '9999-12-31'),
  fc
    .date({
      min: new Date('2018-01-01T00:00:00Z'),
      max: new Date('2022-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
);
const range = fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const companyId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(1, 2) },
  { weight: 1, arbitrary: fc.constantFrom(0, 404, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.nat() },
);
const currency = fc.constantFrom('EUR' as const, 'USD' as const);
const rate = fc.double({ min: 0, max: 1, noNaN: true });
const nothing = fc.constantFrom(undefined, {});

type ValidArguments = { readonly [M in MethodName]: fc.Arbitrary<MethodInput<M>> };

/** Typed per method, so a method added to the contract fails to compile here until it is fuzzed. */
const validArguments: ValidArguments = {
  appInfo: nothing,
  searchCompanies: fc.record(
    {
      text: fc.oneof(hostileText, fc.constantFrom('acme', 'o', '%', '"', '*')).map((t) => t.slice(0, 200)),
      limit: fc.integer({ min: 1, max: 50 }),
      currency,
    },
    { requiredKeys: ['text'] },
  ),
  companyProfile: fc.record({ companyId }, { requiredKeys: ['companyId'] }),
  companySummary: fc.record({ companyId, at: isoDay, currency }, { requiredKeys: ['companyId'] }),
  companySeries: fc
    .tuple(
      companyId,
      range,
      fc.constantFrom('week' as const, 'month' as const, 'quarter' as const, 'year' as const),
      fc.option(currency, { nil: undefined }),
    )
    .map(([id, r, granularity, c]) => ({
      companyId: id,
      ...r,
      granularity,
      ...(c === undefined ? {} : { currency: c }),
    })),
  companyCountries: fc.tuple(companyId, range).map(([id, r]) => ({ companyId: id, ...r })),
  companyInterest: fc
    .tuple(companyId, range, fc.record({ debitRate: rate, creditRate: rate, currency }, { requiredKeys: [] }))
    .map(([id, r, rest]) => ({ companyId: id, ...r, ...rest })),
  companyForecast: fc.record({ companyId, at: isoDay, currency }, { requiredKeys: ['companyId', 'at'] }),
  companyCounterparties: fc
    .tuple(
      companyId,
      range,
      fc.record(
        {
          limit: fc.integer({ min: 1, max: 500 }),
          direction: fc.constantFrom('in' as const, 'out' as const, 'both' as const),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([id, r, rest]) => ({ companyId: id, ...r, ...rest })),
  companyTransactions: fc
    .tuple(
      companyId,
      range,
      fc.record(
        {
          status: fc.constantFrom('all' as const, 'valid' as const, 'quarantined' as const),
          sort: fc.constantFrom('ts' as const, 'amount' as const),
          order: fc.constantFrom('asc' as const, 'desc' as const),
          offset: fc.integer({ min: 0, max: 10_000_000 }),
          limit: fc.integer({ min: 1, max: 500 }),
          counterparty: hostileText.map((t) => t.slice(0, 64)),
          direction: fc.constantFrom('all' as const, 'in' as const, 'out' as const, 'own' as const),
          recordCurrency: fc.constantFrom('EUR', 'jpy', 'SGP'),
          minAmount: fc.double({ min: 0, max: 1000, noNaN: true }),
          text: hostileText.map((t) => t.slice(0, 200)),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([id, r, rest]) => ({ companyId: id, ...r, ...rest })),
  portfolio: fc.option(
    fc.record(
      {
        currency,
        filter: fc.constantFrom('all' as const, 'overdrawn-now' as const, 'went-overdrawn' as const),
        text: hostileText.map((t) => t.slice(0, 200)),
        sort: fc.constantFrom(
          'companyId' as const,
          'name' as const,
          'balance' as const,
          'debt' as const,
          'credit' as const,
          'netFlow30' as const,
        ),
        order: fc.constantFrom('asc' as const, 'desc' as const),
        offset: fc.integer({ min: 0, max: 1_000_000 }),
        limit: fc.integer({ min: 1, max: 20_000 }),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
  qualityReport: fc.option(
    fc.record(
      { currency, samples: fc.integer({ min: 0, max: 100 }), companies: fc.integer({ min: 0, max: 1000 }) },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
  settingsGet: nothing,
  settingsUpdate: fc.record(
    {
      reportingCurrency: currency,
      strictIban: fc.boolean(),
      debitRate: rate,
      creditRate: rate,
      rateOverrides: fc.array(
        fc.record({
          currency: fc.stringMatching(/^[A-Z]{3}$/),
          reporting: currency,
          rate: fc.option(fc.double({ min: 1e-9, max: 1e9, noNaN: true })),
        }),
        { maxLength: 3 },
      ),
      openingBalances: fc.array(
        fc.record({
          iban: fc.oneof(
            fc.constantFrom(ibans.acmeDe, ibans.kempGb, ibans.foreignCh),
            hostileText.filter((t) => t.length > 0 && t.length <= 64),
          ),
          reporting: currency,
          amount: fc.option(fc.double({ min: -1e15, max: 1e15, noNaN: true })),
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  ),
  sourceList: nothing,
  // No sync service: these answer not-found before any request; the URLs are loopback regardless.
  sourceTest: fc.record(
    {
      url: fc.constantFrom('http://127.0.0.1:9/', 'https://[::1]:9/api'),
      dialect: fc.constantFrom('auto' as const, 'exposer' as const, 'cdm-api' as const),
    },
    { requiredKeys: ['url'] },
  ),
  sourceAdd: fc.record(
    { url: fc.constant('http://127.0.0.1:9/'), token: fc.constant('t') },
    { requiredKeys: ['url'] },
  ),
  sourceUpdate: fc.record(
    {
      sourceId: fc.integer({ min: 1, max: 1000 }),
      url: fc.constant('http://127.0.0.1:9/'),
      token: fc.constant('t'),
      tokenForSessionOnly: fc.boolean(),
      scope: fc.option(
        fc.record({
          companyIds: fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
        }),
      ),
    },
    { requiredKeys: ['sourceId', 'url'] },
  ),
  sourceRemove: fc.record({ sourceId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) }),
  sourceScopeDrop: fc.record({
    sourceId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    companyIds: fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
  }),
  syncStart: fc.option(fc.record({ sourceId: fc.integer({ min: 1 }) }, { requiredKeys: [] }), {
    nil: undefined,
  }),
  syncCancel: nothing,
  syncStatus: nothing,
  demoStart: nothing,
  // The stub dialog cancels: the request is validated and the company read, no file written.
  reportExport: fc.oneof(
    fc
      .tuple(companyId, range, fc.constantFrom('pdf' as const, 'csv' as const))
      .map(([id, r, format]) => ({ scope: 'company' as const, companyId: id, ...r, format })),
    fc
      .constantFrom('pdf' as const, 'csv' as const)
      .map((format) => ({ scope: 'portfolio' as const, format })),
  ),
  reportStatus: nothing,
  reportCancel: nothing,
  reportReveal: nothing,
};

// ---- mutations ----

/** Values no schema field expects, or expects only within bounds. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '2021-02-30',
    '2021-02-29',
    '2021-13-01',
    '2021-1-1',
    '0000-01-01',
    '2021-02-28T00:00:00Z',
    '١٢٣٤-٠١-٠١',
    -1,
    -0,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    1e308,
    '1',
    '',
    '1; DROP TABLE txn; --',
    "' OR 1=1 --",
    '\u0000',
    '\ud800',
    'EUR\u200b',
    null,
    true,
    [],
    {},
    [1, 2],
    { $gt: '' },
  ),
  fc.anything(),
  hostileText,
);

type Mutation =
  | { readonly kind: 'none' }
  | { readonly kind: 'replace'; readonly value: unknown }
  /** Changes one of the argument's own keys (picked by index), or a key of another method's. */
  | { readonly kind: 'set'; readonly key: number | string; readonly value: unknown }
  | { readonly kind: 'delete'; readonly key: number }
  | { readonly kind: 'extra'; readonly key: string; readonly value: unknown };

const knownKeys = [
  'companyId',
  'from',
  'to',
  'at',
  'currency',
  'granularity',
  'text',
  'limit',
  'offset',
  'status',
  'sort',
  'order',
  'direction',
  'filter',
  'samples',
  'companies',
  'debitRate',
  'creditRate',
  'rateOverrides',
  'openingBalances',
  'reportingCurrency',
  'strictIban',
  'url',
  'dialect',
  'token',
  'sourceId',
  'scope',
  'format',
  'kind',
  'layout',
  'includeQuarantined',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.anything().map((value) => ({ kind: 'replace' as const, value })) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.nat(), value: hostileValue }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      key: fc.constantFrom(...knownKeys),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'sql', ''), hostileText),
      value: hostileValue,
    }),
  },
);

function mutate(argument: unknown, change: Mutation): unknown {
  if (change.kind === 'none') return argument;
  if (change.kind === 'replace') return change.value;
  const copy: Record<string, unknown> =
    typeof argument === 'object' && argument !== null ? { ...argument } : {};
  const own = Object.keys(copy);
  const ownKey = (index: number) => own[index % Math.max(own.length, 1)] ?? 'companyId';
  if (change.kind === 'delete') {
    Reflect.deleteProperty(copy, ownKey(change.key));
    return copy;
  }
  const key =
    change.kind === 'set' && typeof change.key === 'number' ? ownKey(change.key) : String(change.key);
  // defineProperty, so that '__proto__' becomes an own key (as JSON.parse would make it), not the prototype.
  Object.defineProperty(copy, key, {
    value: change.value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

// ---- the property ----

/** Every number in an answer is finite: NaN or Infinity would reach the screen as a wrong figure. */
function nonFiniteNumbers(value: unknown, path = 'value'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  }
  return [];
}

async function expectTypedAnswer(name: MethodName, argument: unknown): Promise<void> {
  const answer = await dispatch(services, name, argument);
  const context = `${name}(${fc.stringify(argument)})`;
  if (answer.ok) {
    // Electron's IPC copies the answer with the structured clone algorithm.
    expect(() => structuredClone(answer.value), context).not.toThrow();
    expect(nonFiniteNumbers(answer.value), context).toEqual([]);
  } else {
    expect(errorCodes, context).toContain(answer.error.code);
    expect(answer.error.code, `${context}: ${answer.error.message}`).not.toBe('internal');
    expect(answer.error.message.trim().length, context).toBeGreaterThan(0);
  }
  if (!contract[name].input.safeParse(argument).success) {
    expect(answer, context).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  }
}

describe('IPC fuzz of every contract method', () => {
  it('covers every method of the contract', () => {
    expect(Object.keys(validArguments).sort()).toEqual([...methodNames].sort());
  });

  it.each(methodNames)('%s answers a result or a typed error for any argument', async (name) => {
    const valid = validArguments[name] as fc.Arbitrary<unknown>;
    await fc.assert(
      fc.asyncProperty(valid, mutation, async (argument, change) => {
        await expectTypedAnswer(name, mutate(argument, change));
      }),
      runs(150, seed),
    );
  });
});
