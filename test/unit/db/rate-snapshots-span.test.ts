import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations/index';
import { replaceRates } from '../../../electron/db/mutations/reference-data';
import { loadSnapshot, loadSnapshotDays } from '../../../electron/db/queries/rates';
import { sourceDaySpans } from '../../../electron/db/queries/sync-facts';
import type { WritableDb } from '../../../electron/db/connection';
import { dayFromIso } from '../../../shared/days';
import { ibans, sepa, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of migrations.filter((m) => m.version <= version)) db.exec(migration.sql);
  return db;
}

function apply(db: Database.Database, version: number): void {
  const migration = migrations.find((m) => m.version === version);
  if (migration === undefined) throw new Error(`no migration ${version}`);
  db.exec(migration.sql);
}

describe('migration 80 (rate snapshots)', () => {
  it('keeps the rate table of a database synced before it as its first snapshot', () => {
    const db = databaseAt(70);
    db.prepare('INSERT INTO rate (currency, usd_rate, eur_rate) VALUES (?, ?, ?)').run('GBP', 0.83, 1.32);
    apply(db, 80);
    const rows = db.prepare('SELECT currency, usd_rate, eur_rate FROM rate_snapshot').all();
    expect(rows).toEqual([{ currency: 'GBP', usd_rate: 0.83, eur_rate: 1.32 }]);
    db.close();
  });
});

describe('migration 90 (synced span)', () => {
  it('fills the span of each source from the transactions already stored', () => {
    const db = databaseAt(80);
    const insert = db.prepare(
      `INSERT INTO txn (source, ext_id, payer, beneficiary, ts_ms, day, ts_text, amount_cents, currency, status)
       VALUES (?, ?, 'A', 'B', ?, ?, '', 100, 'EUR', 0)`,
    );
    insert.run(0, '1', 10 * 86_400_000, 10);
    insert.run(0, '2', 30 * 86_400_000, 30);
    insert.run(1, '3', 20 * 86_400_000, 20);
    apply(db, 90);
    expect(db.prepare('SELECT source, first_day, last_day FROM synced_span ORDER BY source').all()).toEqual([
      { source: 0, first_day: 10, last_day: 30 },
      { source: 1, first_day: 20, last_day: 20 },
    ]);
    db.close();
  });
});

describe('rates over time and the synced span as the sync writes them', () => {
  it('keeps the table each sync received under its day, the later one replacing the same day', () => {
    const db = seededDatabase([], []);
    replaceRates(db, [{ currency: 'GBP', usdRate: 0.8, eurRate: 1.1 }], 100);
    replaceRates(db, [{ currency: 'GBP', usdRate: 0.81, eurRate: 1.2 }], 100);
    replaceRates(db, [{ currency: 'GBP', usdRate: 0.9, eurRate: 1.3 }], 105);
    expect(loadSnapshotDays(db)).toEqual([100, 105]);
    expect(loadSnapshot(db, 100)).toEqual([{ currency: 'GBP', usdRate: 0.81, eurRate: 1.2 }]);
  });

  it('widens the span of each source with every page ingested', () => {
    const db: WritableDb = seededDatabase(
      [],
      [
        sepa({
          id: '1',
          payer: ibans.kempGb,
          beneficiary: ibans.acmeDe,
          amount: 1,
          ts: '2020-01-10T09:00:00Z',
        }),
        sepa({
          id: '2',
          payer: ibans.kempGb,
          beneficiary: ibans.acmeDe,
          amount: 1,
          ts: '2020-03-01T09:00:00Z',
        }),
        swift({
          id: '3',
          payer: ibans.foreignCh,
          beneficiary: ibans.acmeDe,
          amount: 1,
          currency: 'EUR',
          ts: '2019-12-31T23:00:00Z',
        }),
      ],
    );
    expect(sourceDaySpans(db)).toEqual([
      { source: 0, first: dayFromIso('2020-01-10'), last: dayFromIso('2020-03-01') },
      { source: 1, first: dayFromIso('2019-12-31'), last: dayFromIso('2019-12-31') },
    ]);
  });
});
