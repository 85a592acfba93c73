/**
 * Every aggregate built from the stored valid transactions, for the end of a bulk load: the same
 * rows that page-by-page maintenance (flow-deltas.ts) arrives at, since a row exists exactly when
 * some valid transaction contributes to it. One pass over `txn` (each row read once, yielding a
 * row per company side) feeds the finest aggregate; each coarser one is summed from a finer one,
 * so the big table is read once and every later GROUP BY sorts fewer rows.
 */
import type { WritableDb } from '../connection';
import { monthOfDaySql } from '../month-of-day';

/** One row per side of a valid transaction that touches a company account (side 0 pays, 1 receives). */
const sides = `
  SELECT CASE side WHEN 0 THEN payer ELSE beneficiary END AS iban, day,
    substr(CASE side WHEN 0 THEN beneficiary ELSE payer END, 1, 2) AS country, currency,
    CASE side WHEN 0 THEN 0 ELSE amount_cents END AS in_cents,
    CASE side WHEN 0 THEN amount_cents ELSE 0 END AS out_cents,
    side AS in_count, 1 - side AS out_count
  FROM txn CROSS JOIN (SELECT 0 AS side UNION ALL SELECT 1)
  WHERE status = 0 AND CASE side WHEN 0 THEN payer_company ELSE beneficiary_company END IS NOT NULL`;

const sums = 'sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)';
const values = 'in_cents, out_cents, in_count, out_count';

export function rebuildAggregates(db: WritableDb): void {
  db.exec(`
    DELETE FROM daily_country_flow;
    DELETE FROM monthly_flow;
    DELETE FROM account_total;
    INSERT INTO daily_country_flow (iban, day, country, currency, ${values})
      SELECT iban, day, country, currency, ${sums} FROM (${sides}) GROUP BY iban, day, country, currency;
    INSERT INTO monthly_flow (iban, month, currency, ${values})
      SELECT iban, ${monthOfDaySql('day')}, currency, ${sums} FROM daily_country_flow GROUP BY 1, 2, 3;
    INSERT INTO account_total (iban, currency, ${values})
      SELECT iban, currency, ${sums} FROM monthly_flow GROUP BY iban, currency;
  `);
}
