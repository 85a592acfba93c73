/**
 * Every aggregate built from the stored valid transactions with one GROUP BY per table, for the end
 * of a bulk load: the same rows that page-by-page maintenance (flow-deltas.ts) arrives at, since a
 * row exists exactly when some valid transaction contributes to it.
 */
import type { WritableDb } from '../connection';
import { monthOfDaySql } from '../month-of-day';

/** One row per side of a valid transaction that touches a company account. */
const sides = (country: boolean) => `
  SELECT payer AS iban, day, ${country ? 'substr(beneficiary, 1, 2) AS country, ' : ''}currency,
    0 AS in_cents, amount_cents AS out_cents, 0 AS in_count, 1 AS out_count
  FROM txn WHERE status = 0 AND payer_company IS NOT NULL
  UNION ALL
  SELECT beneficiary, day, ${country ? 'substr(payer, 1, 2), ' : ''}currency, amount_cents, 0, 1, 0
  FROM txn WHERE status = 0 AND beneficiary_company IS NOT NULL`;

const sums = 'sum(in_cents), sum(out_cents), sum(in_count), sum(out_count)';
const values = 'in_cents, out_cents, in_count, out_count';

export function rebuildAggregates(db: WritableDb): void {
  db.exec(`
    DELETE FROM daily_flow;
    DELETE FROM daily_country_flow;
    DELETE FROM monthly_flow;
    DELETE FROM monthly_country_flow;
    DELETE FROM account_total;
    INSERT INTO daily_flow (iban, day, currency, ${values})
      SELECT iban, day, currency, ${sums} FROM (${sides(false)}) GROUP BY iban, day, currency;
    INSERT INTO daily_country_flow (iban, day, country, currency, ${values})
      SELECT iban, day, country, currency, ${sums} FROM (${sides(true)}) GROUP BY iban, day, country, currency;
    INSERT INTO monthly_flow (iban, month, currency, ${values})
      SELECT iban, ${monthOfDaySql('day')}, currency, ${sums} FROM daily_flow GROUP BY 1, 2, 3;
    INSERT INTO monthly_country_flow (iban, month, country, currency, ${values})
      SELECT iban, ${monthOfDaySql('day')}, country, currency, ${sums} FROM daily_country_flow GROUP BY 1, 2, 3, 4;
    INSERT INTO account_total (iban, currency, ${values})
      SELECT iban, currency, ${sums} FROM daily_flow GROUP BY iban, currency;
  `);
}
