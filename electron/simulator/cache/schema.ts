/**
 * The simulator cache's SQLite schema. One table per source like the seed's database image, rows
 * in time order with `seq` as the rowid, IBANs as numbers into `ibans`, amounts in integer cents.
 * Indexes are built after the bulk load (much faster than maintaining them row by row).
 */
import type Database from 'better-sqlite3';
import type { PaymentStream } from '../../../shared/domain';
import type { IdKind } from '../model';

/** Bumped whenever the generated data or the layout changes; part of the cache file name. */
export const cacheFormatVersion = 2;

export const tableOf: Readonly<Record<PaymentStream, string>> = { sepa: 'sepa', swift: 'swift' };

export function createTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE ibans (n INTEGER PRIMARY KEY, iban TEXT NOT NULL);
    CREATE TABLE companies (
      company_id INTEGER PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL,
      ibans TEXT NOT NULL, reported_balance INTEGER NOT NULL);
    CREATE TABLE rates (currency TEXT PRIMARY KEY, usd_rate REAL NOT NULL, eur_rate REAL NOT NULL, position INTEGER NOT NULL);
  `);
  for (const table of Object.values(tableOf)) {
    db.exec(`CREATE TABLE ${table} (
      seq INTEGER PRIMARY KEY, id_num INTEGER NOT NULL, uid TEXT, payer INTEGER NOT NULL,
      beneficiary INTEGER NOT NULL, cents INTEGER, currency TEXT NOT NULL, ts_ms INTEGER NOT NULL,
      time TEXT, kind INTEGER NOT NULL)`);
  }
}

export function createIndexes(db: Database.Database, idKind: IdKind): void {
  for (const table of Object.values(tableOf)) {
    // The time index carries the uuid in uuid mode so keyset pages on (ts, uuid) are index walks.
    db.exec(`CREATE INDEX ${table}_time ON ${table} (ts_ms${idKind === 'uuid' ? ', uid' : ''})`);
    db.exec(`CREATE INDEX ${table}_payer ON ${table} (payer, ts_ms)`);
    db.exec(`CREATE INDEX ${table}_beneficiary ON ${table} (beneficiary, ts_ms)`);
  }
}
