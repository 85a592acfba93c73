/**
 * Indexes for analytics that would otherwise scan a big table: the strict-IBAN warnings (counted by
 * the data-quality view and flipped when the setting changes) and short name prefixes in search
 * (one or two letters, too short for the trigram index).
 */
import type { Migration } from './migration';

export const analyticsIndexes: Migration = {
  version: 60,
  name: 'analytics-indexes',
  sql: `
    CREATE INDEX ix_txn_strict_warning ON txn (source, status) WHERE strict_iban_warning = 1;
    CREATE INDEX ix_company_name_nocase ON company (name COLLATE NOCASE);
  `,
};
