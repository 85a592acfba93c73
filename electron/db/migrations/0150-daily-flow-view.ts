/**
 * The daily flows per account become a view over the daily flows per account and counterparty
 * country (docs/architecture.md "Aggregates"). An account rarely moves money twice a day, so the two
 * tables held nearly the same rows: `daily_flow` cost about 45 bytes per stored record, an upsert per
 * record side on every page and a sorted rebuild at the end of each bulk load, for figures that are
 * the country rows summed over their countries. Reads keep the name and the columns; SQLite pushes an
 * account and day range into the view's GROUP BY, so a query still reads one account's range of the
 * primary key. The triggers that mark kept portfolio figures stale (migration 0130) follow the rows to
 * the country table.
 */
import type { Migration } from './migration';
import { recentFlowTriggers } from './0130-recent-flows';

export const dailyFlowView: Migration = {
  version: 150,
  name: 'daily-flow-view',
  sql: `
    DROP TRIGGER recent_flow_on_insert;
    DROP TRIGGER recent_flow_on_update;
    DROP TRIGGER recent_flow_on_delete;
    DROP TABLE daily_flow;
    CREATE VIEW daily_flow (iban, day, currency, in_cents, out_cents, in_count, out_count) AS
      SELECT iban, day, currency, sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)
      FROM daily_country_flow GROUP BY iban, day, currency;
    ${recentFlowTriggers('daily_country_flow')}
  `,
};
