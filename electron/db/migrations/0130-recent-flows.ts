/**
 * Kept portfolio figures: every company account's running net per currency and its daily nets of
 * the last weeks, packed by bucket of accounts (recent-flow-blob.ts), so the portfolio reads a few
 * hundred rows instead of the running totals per account and currency and a range of `daily_flow`
 * per account. Kept in
 * the transaction currency, like every aggregate: conversion, overrides and opening balances are
 * applied when the portfolio is read.
 *
 * `recent_flow_window.cutoff` is the first day the packed flows hold (null: nothing kept). Triggers
 * put every account whose running totals or daily rows on or after the cutoff change into
 * `recent_flow_stale`, in the same transaction as the change, whatever wrote it (page ingest,
 * settings, re-attached accounts); readers take a stale account's figures from the aggregates, and
 * the writer packs stale accounts again when a sync run ends (mutations/recent-flows.ts). A database
 * synced before this migration gets its rows here.
 */
import type { Migration } from './migration';
import type { WritableDb } from '../connection';
import { refreshRecentFlows } from '../mutations/recent-flows';

const after = 'SELECT cutoff FROM recent_flow_window';

/**
 * Marks an account stale; `row` is NEW or OLD. Not `INSERT OR IGNORE`: inside a trigger the outer
 * statement's conflict policy wins, and the ingest's upserts into `daily_flow` would abort on it.
 */
function mark(row: 'NEW' | 'OLD'): string {
  return `INSERT INTO recent_flow_stale (iban) SELECT ${row}.iban
    WHERE NOT EXISTS (SELECT 1 FROM recent_flow_stale WHERE iban = ${row}.iban);`;
}

export const recentFlows: Migration = {
  version: 130,
  name: 'recent-flows',
  sql: `
    CREATE TABLE recent_flow_window (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      cutoff INTEGER
    );
    INSERT INTO recent_flow_window (id, cutoff) VALUES (1, NULL);
    CREATE TABLE recent_flow (
      bucket INTEGER PRIMARY KEY,
      accounts TEXT NOT NULL,
      figures BLOB NOT NULL
    );
    CREATE TABLE recent_flow_stale (iban TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TRIGGER recent_flow_on_insert AFTER INSERT ON daily_flow
      WHEN NEW.day >= (${after}) BEGIN ${mark('NEW')} END;
    CREATE TRIGGER recent_flow_on_update AFTER UPDATE ON daily_flow
      WHEN NEW.day >= (${after}) OR OLD.day >= (${after}) BEGIN ${mark('NEW')} ${mark('OLD')} END;
    CREATE TRIGGER recent_flow_on_delete AFTER DELETE ON daily_flow
      WHEN OLD.day >= (${after}) BEGIN ${mark('OLD')} END;
    CREATE TRIGGER recent_total_on_insert AFTER INSERT ON account_total
      WHEN (${after}) IS NOT NULL BEGIN ${mark('NEW')} END;
    CREATE TRIGGER recent_total_on_update AFTER UPDATE ON account_total
      WHEN (${after}) IS NOT NULL BEGIN ${mark('NEW')} ${mark('OLD')} END;
    CREATE TRIGGER recent_total_on_delete AFTER DELETE ON account_total
      WHEN (${after}) IS NOT NULL BEGIN ${mark('OLD')} END;
  `,
  fill: (db) => {
    refreshRecentFlows(db as WritableDb);
  },
};
