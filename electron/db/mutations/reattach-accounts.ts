/**
 * When a company account becomes known after its transactions were stored (the API added the
 * company later), its transactions are attached to the company and its aggregates rebuilt from the
 * stored records. Rare, so a scan of the transactions is acceptable here.
 */
import type { WritableDb } from '../connection';
import { monthOfDaySql } from '../month-of-day';

export function reattachAccounts(db: WritableDb, ibans: readonly string[]): number {
  if (ibans.length === 0) return 0;
  const setPayer = db.prepare(
    'UPDATE txn SET payer_company = (SELECT company_id FROM account WHERE iban = ?) WHERE payer = ?',
  );
  const setBeneficiary = db.prepare(
    'UPDATE txn SET beneficiary_company = (SELECT company_id FROM account WHERE iban = ?) WHERE beneficiary = ?',
  );
  const clearCountry = db.prepare('DELETE FROM daily_country_flow WHERE iban = ?');
  const clearTotal = db.prepare('DELETE FROM account_total WHERE iban = ?');
  const clearMonthly = db.prepare('DELETE FROM monthly_flow WHERE iban = ?');
  const rebuildMonthly = db.prepare(`
    INSERT INTO monthly_flow (iban, month, currency, in_cents, out_cents, in_count, out_count)
    SELECT iban, ${monthOfDaySql('day')}, currency, SUM(in_cents), SUM(out_cents), SUM(in_count), SUM(out_count)
    FROM daily_country_flow WHERE iban = ? GROUP BY 1, 2, 3`);
  const rebuildTotal = db.prepare(`
    INSERT INTO account_total (iban, currency, in_cents, out_cents, in_count, out_count)
    SELECT iban, currency, SUM(in_cents), SUM(out_cents), SUM(in_count), SUM(out_count)
    FROM daily_country_flow WHERE iban = ? GROUP BY currency`);
  const rebuildCountry = db.prepare(`
    INSERT INTO daily_country_flow (iban, day, country, currency, in_cents, out_cents, in_count, out_count)
    SELECT @iban, day, country, currency, SUM(in_cents), SUM(out_cents), SUM(in_count), SUM(out_count) FROM (
      SELECT day, substr(payer, 1, 2) AS country, currency, amount_cents AS in_cents, 0 AS out_cents,
        1 AS in_count, 0 AS out_count
      FROM txn WHERE status = 0 AND beneficiary = @iban
      UNION ALL
      SELECT day, substr(beneficiary, 1, 2), currency, 0, amount_cents, 0, 1
      FROM txn WHERE status = 0 AND payer = @iban
    ) GROUP BY day, country, currency`);
  let touched = 0;
  db.transaction(() => {
    for (const iban of ibans) {
      touched += setPayer.run(iban, iban).changes + setBeneficiary.run(iban, iban).changes;
      clearCountry.run(iban);
      rebuildCountry.run({ iban });
      clearTotal.run(iban);
      rebuildTotal.run(iban);
      clearMonthly.run(iban);
      rebuildMonthly.run(iban);
    }
  })();
  return touched;
}
