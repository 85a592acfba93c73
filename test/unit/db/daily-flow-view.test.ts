/**
 * Migration 0150 turns `daily_flow` into a view over the country rows: a database synced before it
 * reads the same daily figures after it, and a change to a recent country row still marks the
 * account's kept portfolio figures stale.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';
import type { WritableDb } from '../../../electron/db/connection';
import { refreshRecentFlows } from '../../../electron/db/mutations/recent-flows';
import { keptRecentFlows } from '../../../electron/db/queries/recent-flows';
import {
  createTransactionIngester,
  type AccountOwners,
} from '../../../electron/db/mutations/ingest-transactions';
import { classifyTransaction } from '../../../electron/sync/classify';
import { writeAtOlderSchema } from '../../helpers/older-schema';
import { ibans, sepa, swift } from '../../helpers/records';

const lastDay = 19_000;

/** Daily rows per (account, day, country, currency) as the writer kept them before 0150. */
const countryRows: [string, number, string, string, number, number][] = [
  ['DE1', lastDay - 2, 'FR', 'EUR', 1000, 0],
  ['DE1', lastDay - 2, 'IT', 'EUR', 0, 250],
  ['DE1', lastDay - 2, 'IT', 'USD', 75, 0],
  ['DE1', lastDay, 'NL', 'EUR', 0, 40],
  ['FR2', lastDay - 500, 'DE', 'EUR', 900, 0],
];

function databaseBefore0150(): WritableDb {
  const db = new Database(':memory:');
  const before = migrations.filter((m) => m.version < 150);
  for (const migration of before) db.exec(migration.sql);
  db.pragma(`user_version = ${String(before.at(-1)?.version ?? 0)}`);
  db.prepare(
    `INSERT INTO txn (source, ext_id, payer, beneficiary, ts_ms, day, ts_text, amount_cents, currency, status)
     VALUES (0, 'last', 'A', 'B', ?, ?, '', 1, 'EUR', 1)`,
  ).run(lastDay * 86_400_000, lastDay);
  const country = db.prepare('INSERT INTO daily_country_flow VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const [iban, day, code, currency, inCents, outCents] of countryRows)
    country.run(iban, day, code, currency, inCents, outCents, inCents > 0 ? 1 : 0, outCents > 0 ? 1 : 0);
  // The table the writer kept beside them: the same rows summed over their countries.
  db.exec(`INSERT INTO daily_flow SELECT iban, day, currency, sum(in_cents), sum(out_cents), sum(in_count),
    sum(out_count) FROM daily_country_flow GROUP BY iban, day, currency`);
  db.exec(`INSERT INTO account_total SELECT iban, currency, sum(in_cents), sum(out_cents), sum(in_count),
    sum(out_count) FROM daily_country_flow GROUP BY iban, currency`);
  // As the writer left them when its last run ended.
  refreshRecentFlows(db as WritableDb);
  return db as WritableDb;
}

const daily = (db: WritableDb) => db.prepare('SELECT * FROM daily_flow ORDER BY iban, day, currency').all();

describe('daily flows as a view over the country rows (migration 0150)', () => {
  it('read the same figures after the migration as the table held before it', () => {
    const db = databaseBefore0150();
    const before = daily(db);
    expect(before).toHaveLength(4);
    migrate(db);
    expect(db.prepare("SELECT type FROM sqlite_master WHERE name = 'daily_flow'").pluck().get()).toBe('view');
    expect(daily(db)).toEqual(before);
  });

  it('mark an account stale when a recent country row changes, and not for an old one', () => {
    const db = databaseBefore0150();
    migrate(db);
    expect(keptRecentFlows(db)?.accounts.size).toBe(2);
    expect([...(keptRecentFlows(db)?.stale ?? [])]).toEqual([]);
    db.prepare("UPDATE daily_country_flow SET in_cents = in_cents + 1 WHERE iban = 'FR2'").run();
    expect([...(keptRecentFlows(db)?.stale ?? [])]).toEqual([]);
    db.prepare(
      "UPDATE daily_country_flow SET in_cents = in_cents + 1 WHERE iban = 'DE1' AND country = 'FR'",
    ).run();
    expect([...(keptRecentFlows(db)?.stale ?? [])]).toEqual(['DE1']);
  });

  it('are rebuilt from the stored records when the country rows disagree with the old table', () => {
    const db = new Database(':memory:') as WritableDb;
    const before = migrations.filter((m) => m.version < 150);
    for (const migration of before) db.exec(migration.sql);
    db.pragma(`user_version = ${String(before.at(-1)?.version ?? 0)}`);
    db.exec(`INSERT INTO company (company_id, name, address) VALUES (1, 'Acme', 'Berlin');
      INSERT INTO account (iban, company_id, position) VALUES ('${ibans.acmeDe}', 1, 0), ('${ibans.acmeNl}', 1, 1)`);
    const owners: AccountOwners = new Map([
      [ibans.acmeDe, 1],
      [ibans.acmeNl, 1],
    ]);
    const records = [
      sepa({ id: '1', amount: 100.25, ts: '2019-03-04T10:00:00Z' }),
      sepa({
        id: '2',
        amount: 7,
        ts: '2019-03-05T10:00:00Z',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
      }),
      swift({ id: '3', amount: 250, ts: '2019-03-05T11:00:00Z' }),
    ];
    writeAtOlderSchema(db, () =>
      db.transaction(() =>
        createTransactionIngester(db).ingest(
          records.map((record) => classifyTransaction(record, { strictIban: false })),
          owners,
        ),
      )(),
    );
    // The old writer's table, in step with the country rows.
    db.exec(`INSERT INTO daily_flow SELECT iban, day, currency, sum(in_cents), sum(out_cents), sum(in_count),
      sum(out_count) FROM daily_country_flow GROUP BY iban, day, currency`);
    const right = {
      daily: daily(db),
      country: db.prepare('SELECT * FROM daily_country_flow ORDER BY iban, day, country').all(),
      monthly: db.prepare('SELECT * FROM monthly_flow ORDER BY iban, month, currency').all(),
    };
    // A page counted twice in the country rows and the roll-up, as a failed commit once could.
    db.exec(`UPDATE daily_country_flow SET in_cents = 2 * in_cents, in_count = 2 * in_count
      WHERE iban = '${ibans.acmeDe}';
      UPDATE monthly_flow SET in_cents = 2 * in_cents, in_count = 2 * in_count WHERE iban = '${ibans.acmeDe}'`);
    migrate(db);
    expect(daily(db)).toEqual(right.daily);
    expect(db.prepare('SELECT * FROM daily_country_flow ORDER BY iban, day, country').all()).toEqual(
      right.country,
    );
    expect(db.prepare('SELECT * FROM monthly_flow ORDER BY iban, month, currency').all()).toEqual(
      right.monthly,
    );
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'daily_flow_before_0150'").get(),
    ).toBeUndefined();
  });
});
