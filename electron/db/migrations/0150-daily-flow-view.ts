/**
 * The daily flows per account become a view over the daily flows per account and counterparty
 * country (docs/architecture.md "Database"; docs/decisions.md). An account rarely moves money twice
 * a day, so the two tables held nearly the same rows: `daily_flow` cost about 45 bytes per stored
 * record, an upsert per record side on every page and a sorted rebuild at the end of each bulk load,
 * for figures that are the country rows summed over their countries. Reads keep the name and the
 * columns; SQLite pushes an account and day range into the view's GROUP BY. The triggers that mark
 * kept portfolio figures stale (migration 0130) follow the rows to the country table.
 *
 * The old table is renamed, not dropped, until the fill has checked it against the country rows:
 * every writer kept the two in step, but a database whose country rows disagree with it (an early
 * version could count a page twice in them after a failed commit) gets every aggregate rebuilt from
 * the stored records instead of silently reading the wrong copy from now on.
 */
import type { Migration } from './migration';
import type { WritableDb } from '../connection';
import { rebuildAggregates } from '../mutations/rebuild-aggregates';
import { forgetRecentFlows, refreshRecentFlows } from '../mutations/recent-flows';

const after = 'SELECT cutoff FROM recent_flow_window';

function mark(row: 'NEW' | 'OLD'): string {
  return `INSERT INTO recent_flow_stale (iban) SELECT ${row}.iban
    WHERE NOT EXISTS (SELECT 1 FROM recent_flow_stale WHERE iban = ${row}.iban);`;
}

const totals = 'iban, sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)';

/** Accounts whose totals differ between the old table and the country rows, either way. */
const disagreeing = `
  SELECT iban FROM (SELECT ${totals} FROM daily_flow_before_0150 GROUP BY iban
    EXCEPT SELECT ${totals} FROM daily_country_flow GROUP BY iban)
  UNION
  SELECT iban FROM (SELECT ${totals} FROM daily_country_flow GROUP BY iban
    EXCEPT SELECT ${totals} FROM daily_flow_before_0150 GROUP BY iban)
  LIMIT 1`;

export const dailyFlowView: Migration = {
  version: 150,
  name: 'daily-flow-view',
  sql: `
    DROP TRIGGER recent_flow_on_insert;
    DROP TRIGGER recent_flow_on_update;
    DROP TRIGGER recent_flow_on_delete;
    ALTER TABLE daily_flow RENAME TO daily_flow_before_0150;
    CREATE VIEW daily_flow (iban, day, currency, in_cents, out_cents, in_count, out_count) AS
      SELECT iban, day, currency, sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)
      FROM daily_country_flow GROUP BY iban, day, currency;
    CREATE TRIGGER recent_flow_on_insert AFTER INSERT ON daily_country_flow
      WHEN NEW.day >= (${after}) BEGIN ${mark('NEW')} END;
    CREATE TRIGGER recent_flow_on_update AFTER UPDATE ON daily_country_flow
      WHEN NEW.day >= (${after}) OR OLD.day >= (${after}) BEGIN ${mark('NEW')} ${mark('OLD')} END;
    CREATE TRIGGER recent_flow_on_delete AFTER DELETE ON daily_country_flow
      WHEN OLD.day >= (${after}) BEGIN ${mark('OLD')} END;
  `,
  fill: (db) => {
    const writable = db as WritableDb;
    if (db.prepare(disagreeing).get() !== undefined) {
      // As at the end of a bulk load: the kept portfolio figures are packed once afterwards.
      forgetRecentFlows(writable);
      rebuildAggregates(writable);
      refreshRecentFlows(writable);
    }
    db.exec('DROP TABLE daily_flow_before_0150');
  },
};
