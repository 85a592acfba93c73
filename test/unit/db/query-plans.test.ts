/**
 * Query-plan assertions for the hot analytics (summary, series, countries, search): every statement
 * they run is captured with its parameters and explained; none may scan a big table or sort one in
 * a temporary B-tree. Grouping is the exception: sums per currency (per country and currency, per
 * day and currency) over one account's day range of the aggregate's primary key group its own rows
 * only, and avoiding that tree would need a second copy of each aggregate in another order.
 */
import type { Statement } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { companyBalance } from '../../../electron/analytics/balance';
import { countriesTransacted } from '../../../electron/analytics/countries';
import { searchCompanies } from '../../../electron/analytics/search';
import { companySeries } from '../../../electron/analytics/series';
import type { WritableDb } from '../../../electron/db/connection';
import { dayFromIso } from '../../../shared/days';
import { ibans, sepa, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

interface Captured {
  readonly sql: string;
  readonly args: unknown[];
}

/**
 * Small tables that a plan may read whole (rates, rate snapshots, the synced span, overrides,
 * settings, the sources and their scopes, subquery results), and the
 * full-text index and its vocabulary when a constraint drives them (MATCH; a term lookup, index ≠ 0).
 */
const allowedScan =
  /^SCAN (rate|rate_override|rate_snapshot|synced_span|setting|source|source_scope|\(subquery-\d+\)|company_search VIRTUAL TABLE INDEX \d+:M|temp\.company_search_vocab VIRTUAL TABLE INDEX [1-9]\d*:)/;
const bigTables =
  /\b(txn|daily_flow|daily_country_flow|monthly_flow|account_total|company|account|batch_group)\b/;

function capture(db: WritableDb, run: () => void): Captured[] {
  const captured: Captured[] = [];
  const prepare = db.prepare.bind(db);
  const wrap = (statement: Statement, sql: string): Statement =>
    new Proxy(statement, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        if (key === 'all' || key === 'get' || key === 'iterate') {
          return (...args: unknown[]) => {
            captured.push({ sql, args });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        // pluck() and raw() return the statement itself: keep it wrapped.
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? wrap(target, sql) : result;
        };
      },
    });
  db.prepare = ((sql: string) => wrap(prepare(sql), sql)) as typeof db.prepare;
  try {
    run();
  } finally {
    db.prepare = prepare;
  }
  return captured;
}

function plan(db: WritableDb, { sql, args }: Captured): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
  return rows.map((row) => row.detail);
}

function day(iso: string): number {
  return dayFromIso(iso) ?? NaN;
}

const db = seededDatabase(
  [
    {
      companyId: 1,
      name: 'Acme',
      address: 'Berlin',
      ibans: [ibans.acmeDe, ibans.acmeNl],
      reportedBalance: null,
    },
    { companyId: 2, name: 'Kemp and Sons', address: 'London', ibans: [ibans.kempGb], reportedBalance: 12 },
  ],
  [
    sepa({
      id: '1',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 1000,
      ts: '2020-01-10T09:00:00Z',
    }),
    swift({
      id: '2',
      payer: ibans.foreignCh,
      beneficiary: ibans.acmeNl,
      amount: 100,
      currency: 'GBP',
      ts: '2020-01-12T09:00:00Z',
    }),
    sepa({ id: '3', payer: ibans.acmeDe, beneficiary: ibans.kempGb, amount: 10, ts: '2020-01-20T09:00:00Z' }),
    sepa({ id: '4', payer: ibans.acmeDe, beneficiary: ibans.kempGb, amount: 10, ts: '2020-01-25T09:00:00Z' }),
  ],
);

const fourYearDailySeries = () =>
  companySeries(db, {
    companyId: 1,
    fromDay: day('2019-01-01'),
    toDay: day('2022-12-31'),
    granularity: 'day',
    currency: 'EUR',
  });

const hotQueries: [string, () => void, boolean][] = [
  ['the current company summary', () => companyBalance(db, { companyId: 1, currency: 'USD' }), false],
  [
    'a summary late in the history',
    () => companyBalance(db, { companyId: 1, day: day('2020-01-22'), currency: 'EUR' }),
    false,
  ],
  [
    'a summary early in the history',
    () => companyBalance(db, { companyId: 1, day: day('2020-01-11'), currency: 'EUR' }),
    false,
  ],
  ['the series', fourYearDailySeries, false],
  [
    'the countries',
    () =>
      countriesTransacted(db, {
        companyId: 1,
        fromDay: day('2019-01-01'),
        toDay: day('2022-12-31'),
        currency: 'EUR',
      }),
    true,
  ],
  ['a name search', () => searchCompanies(db, { text: 'kemp and snos', limit: 10, currency: 'EUR' }), false],
  ['a short prefix search', () => searchCompanies(db, { text: 'ke', limit: 10, currency: 'EUR' }), false],
  ['an id search', () => searchCompanies(db, { text: '2', limit: 10, currency: 'EUR' }), false],
  [
    'an IBAN search',
    () => searchCompanies(db, { text: 'gb91 piex 4359', limit: 10, currency: 'EUR' }),
    false,
  ],
];

describe('query plans of the hot analytics', () => {
  it.each(hotQueries)('%s reads the big tables through indexes only', (_name, run, groupsInTemp) => {
    const statements = capture(db, run);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const details = plan(db, statement);
      for (const detail of details) {
        if (detail.startsWith('SCAN')) expect(detail, statement.sql).toMatch(allowedScan);
        if (detail.startsWith('SEARCH') && bigTables.test(detail)) {
          expect(detail, statement.sql).toMatch(
            /USING (INDEX|PRIMARY KEY|COVERING INDEX|INTEGER PRIMARY KEY)/,
          );
        }
        if (detail.includes('TEMP B-TREE') && detail !== 'USE TEMP B-TREE FOR GROUP BY') {
          // Only small tables may be sorted in a temporary tree (e.g. the rate table by currency).
          expect(statement.sql, detail).not.toMatch(bigTables);
        }
        if (detail === 'USE TEMP B-TREE FOR GROUP BY') {
          expect(statement.sql, detail).toMatch(
            groupsInTemp ? /GROUP BY (country, |day, )?currency/ : /GROUP BY (day, )?currency/,
          );
        }
      }
    }
  });

  it('reads own transfers from their covering partial index, whichever index was created last', () => {
    const ownTransferPlan = () => {
      const statements = capture(db, fourYearDailySeries);
      const own = statements.filter((statement) => statement.sql.includes('beneficiary_company = @company'));
      expect(own).toHaveLength(1);
      return own.flatMap((statement) => plan(db, statement)).join('\n');
    };
    expect(ownTransferPlan()).toMatch(/USING COVERING INDEX ix_txn_own_transfer/);
    // A bulk load builds the indexes again in another order; with equal costs the planner took the
    // payer-company index when it came last.
    const payerIndex = db
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'ix_txn_payer_company'")
      .pluck()
      .get() as string;
    db.exec(`DROP INDEX ix_txn_payer_company; ${payerIndex}`);
    expect(ownTransferPlan()).toMatch(/USING COVERING INDEX ix_txn_own_transfer/);
  });

  it('catches a statement that scans a big table (the check itself works)', () => {
    const statements = capture(db, () =>
      db.prepare('SELECT count(*) FROM txn WHERE currency = ?').get('EUR'),
    );
    const details = statements.flatMap((statement) => plan(db, statement));
    expect(details.some((detail) => detail.startsWith('SCAN txn'))).toBe(true);
  });
});
