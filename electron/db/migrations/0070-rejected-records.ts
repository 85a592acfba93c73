/**
 * Source elements that could not be read as a company or a rate row at all. They never reach a
 * figure, but nothing a source sends is lost: the data-quality view lists them with their reason.
 */
import type { Migration } from './migration';

export const rejectedRecords: Migration = {
  version: 70,
  name: 'rejected-records',
  sql: `
    CREATE TABLE rejected_record (
      kind TEXT NOT NULL CHECK (kind IN ('company', 'rate')),
      raw TEXT NOT NULL,
      detail TEXT NOT NULL,
      first_seen_ms INTEGER NOT NULL,
      PRIMARY KEY (kind, raw)
    ) WITHOUT ROWID;
  `,
};
