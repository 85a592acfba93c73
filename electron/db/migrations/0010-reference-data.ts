/** Companies, their accounts, exchange rates, analyst settings and the configured sources. */
import type { Migration } from './migration';

export const referenceData: Migration = {
  version: 10,
  name: 'reference-data',
  sql: `
    CREATE TABLE company (
      company_id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      address TEXT NOT NULL,
      reported_balance REAL
    );
    CREATE TABLE account (
      iban TEXT PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES company (company_id),
      position INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX ix_account_company ON account (company_id, position);

    CREATE TABLE rate (
      currency TEXT PRIMARY KEY,
      usd_rate REAL NOT NULL,
      eur_rate REAL NOT NULL
    ) WITHOUT ROWID;
    -- Analyst overrides of a conversion factor into one reporting currency.
    CREATE TABLE rate_override (
      currency TEXT NOT NULL,
      reporting TEXT NOT NULL CHECK (reporting IN ('EUR', 'USD')),
      rate REAL NOT NULL CHECK (rate > 0),
      PRIMARY KEY (currency, reporting)
    ) WITHOUT ROWID;
    -- Opening balance of an account, in its reporting currency, set by the analyst.
    CREATE TABLE opening_balance (
      iban TEXT NOT NULL,
      reporting TEXT NOT NULL CHECK (reporting IN ('EUR', 'USD')),
      amount REAL NOT NULL,
      PRIMARY KEY (iban, reporting)
    ) WITHOUT ROWID;
    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE source (
      source_id INTEGER PRIMARY KEY,
      url TEXT NOT NULL UNIQUE,
      dialect TEXT NOT NULL CHECK (dialect IN ('exposer', 'cdm-api')),
      auth TEXT,
      added_ms INTEGER NOT NULL
    );
  `,
};
