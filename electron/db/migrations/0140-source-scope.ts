/**
 * Source scopes (an analyst's portfolio): the companies a source is limited to, and for the party-
 * filtered reads of the cdm-api dialect one keyset cursor per stream, side and IBAN. A source with no
 * scope rows syncs the whole bank.
 */
import type { Migration } from './migration';

export const sourceScope: Migration = {
  version: 140,
  name: 'source-scope',
  sql: `
    CREATE TABLE source_scope (
      source_id INTEGER NOT NULL REFERENCES source (source_id) ON DELETE CASCADE,
      company_id INTEGER NOT NULL,
      PRIMARY KEY (source_id, company_id)
    ) WITHOUT ROWID;
    CREATE TABLE sync_filter_cursor (
      source_id INTEGER NOT NULL REFERENCES source (source_id) ON DELETE CASCADE,
      stream TEXT NOT NULL CHECK (stream IN ('sepa', 'swift')),
      side TEXT NOT NULL CHECK (side IN ('payer', 'beneficiary')),
      iban TEXT NOT NULL,
      cursor TEXT NOT NULL,
      pages INTEGER NOT NULL DEFAULT 0,
      updated_ms INTEGER NOT NULL,
      PRIMARY KEY (source_id, stream, side, iban)
    ) WITHOUT ROWID;
  `,
};
