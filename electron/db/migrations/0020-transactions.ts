/**
 * Raw transactions as received (amounts in integer cents of their own currency, integer UTC day),
 * with their status and quarantine reason, and the batch-payment groups found among them.
 */
import type { Migration } from './migration';

export const transactions: Migration = {
  version: 20,
  name: 'transactions',
  sql: `
    CREATE TABLE txn (
      txn_id INTEGER PRIMARY KEY,
      source INTEGER NOT NULL CHECK (source IN (0, 1)),
      ext_id TEXT NOT NULL,
      payer TEXT NOT NULL,
      beneficiary TEXT NOT NULL,
      ts_ms INTEGER NOT NULL,
      day INTEGER,
      ts_text TEXT NOT NULL,
      amount REAL,
      amount_cents INTEGER NOT NULL,
      currency TEXT NOT NULL,
      status INTEGER NOT NULL CHECK (status IN (0, 1)),
      reason TEXT CHECK (reason IN ('batch-payment', 'invalid-iban', 'invalid-currency', 'malformed')),
      detail TEXT,
      raw TEXT,
      payer_company INTEGER,
      beneficiary_company INTEGER,
      strict_iban_warning INTEGER NOT NULL DEFAULT 0
    );
    -- Identity of a transaction (docs/domain.md: duplicates count once). Led by time so that inserts
    -- arriving in time order append to the index instead of scattering across it.
    CREATE UNIQUE INDEX ux_txn_identity ON txn (ts_ms, source, ext_id, payer, beneficiary, amount_cents);
    CREATE INDEX ix_txn_payer_company ON txn (payer_company, day) WHERE payer_company IS NOT NULL;
    CREATE INDEX ix_txn_beneficiary_company ON txn (beneficiary_company, day) WHERE beneficiary_company IS NOT NULL;
    CREATE INDEX ix_txn_quarantine ON txn (reason, source) WHERE status <> 0;

    CREATE TABLE batch_group (
      ts_ms INTEGER NOT NULL,
      source INTEGER NOT NULL,
      ext_id TEXT NOT NULL,
      payer TEXT NOT NULL,
      beneficiary TEXT NOT NULL,
      members INTEGER NOT NULL,
      PRIMARY KEY (ts_ms, source, ext_id, payer, beneficiary)
    ) WITHOUT ROWID;
  `,
};
