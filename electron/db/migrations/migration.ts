import type Database from 'better-sqlite3';

/**
 * A schema step: its number (in steps of 10), the SQL that takes the schema there, and optionally
 * what fills its new tables from the data already stored when SQL alone cannot (run right after the
 * SQL, in the same transaction).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly fill?: (db: Database.Database) => void;
}
