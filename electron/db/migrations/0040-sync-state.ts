/** Sync checkpoints (one cursor per source and stream) and the history of sync runs. */
import type { Migration } from './migration';

export const syncState: Migration = {
  version: 40,
  name: 'sync-state',
  sql: `
    CREATE TABLE sync_cursor (
      source_id INTEGER NOT NULL REFERENCES source (source_id) ON DELETE CASCADE,
      stream TEXT NOT NULL CHECK (stream IN ('sepa', 'swift')),
      cursor TEXT NOT NULL,
      pages INTEGER NOT NULL DEFAULT 0,
      updated_ms INTEGER NOT NULL,
      PRIMARY KEY (source_id, stream)
    ) WITHOUT ROWID;
    CREATE TABLE sync_run (
      run_id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES source (source_id) ON DELETE CASCADE,
      started_ms INTEGER NOT NULL,
      finished_ms INTEGER,
      outcome TEXT,
      summary TEXT
    );
  `,
};
