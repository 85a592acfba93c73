/**
 * Fills the kept data-quality figures (migration 0120) from the stored records, set-based: for the
 * migration of a database synced before they existed and at the end of a bulk load, which stores
 * its records with the triggers that keep them dropped. Counts come from the reference SELECTs of
 * quality-recompute.ts; possible-duplicate groups from a cheaper two-step form of its GROUP BY that
 * gives the same rows (test/integration/quality-tally.test.ts holds the two equal).
 */
import { missingTimestampMs } from '../../../shared/classified-transaction';
import type { WritableDb } from '../connection';
import {
  duplicateGroupColumns,
  movementsPerCurrencySql,
  quarantinedPerCompanySql,
  quarantinedPerReasonSql,
  recordsPerSourceSql,
  strictIbanWarningsSql,
} from '../queries/quality-recompute';

/**
 * Copies share their time, and few records do: the instants that several records share come from the
 * identity index alone (it leads with the time; no sort of every record, no table row), and only
 * the records of those instants are grouped by all six columns. Records without a timestamp share
 * one placeholder time and never form a group, so they are not candidates.
 */
const duplicateGroupsTwoStepSql = `
  WITH shared AS (
    SELECT ts_ms FROM txn WHERE ts_ms <> ${String(missingTimestampMs)} GROUP BY ts_ms HAVING count(*) > 1
  )
  SELECT ${duplicateGroupColumns} FROM shared s JOIN txn t ON t.ts_ms = s.ts_ms
  WHERE t.reason IS NULL AND t.day IS NOT NULL
  GROUP BY t.ts_ms, t.source, t.payer, t.beneficiary, t.amount_cents, t.currency HAVING count(*) > 1`;

/**
 * Empties and refills every kept table, the possible-duplicate groups from `duplicateGroups` (a
 * SELECT of `duplicateGroupColumns`). Group totals are not inserted here: the triggers on
 * `possible_duplicate` add each inserted group to them.
 */
export const qualityTalliesRebuildSql = (duplicateGroups: string) => `
  DELETE FROM possible_duplicate;
  DELETE FROM quality_count;
  DELETE FROM quality_company;
  INSERT INTO possible_duplicate (ts_ms, source, payer, beneficiary, amount_cents, currency, ts_text, amount,
    copies, left_out, ids)
    ${duplicateGroups};
  INSERT INTO quality_count (figure, source, count) SELECT 'records', * FROM (${recordsPerSourceSql});
  INSERT INTO quality_count (figure, source, count) SELECT * FROM (${quarantinedPerReasonSql});
  INSERT INTO quality_count (figure, source, count)
    SELECT 'strict-iban-warning', * FROM (${strictIbanWarningsSql});
  INSERT INTO quality_company (company_id, quarantined, batch_payment, invalid_iban, invalid_currency, malformed)
    ${quarantinedPerCompanySql};
`;

export const rebuildQualityTalliesSql = qualityTalliesRebuildSql(duplicateGroupsTwoStepSql);

/** Refills the movements per currency from the running totals (their triggers keep them after). */
export const rebuildCurrencyMovementsSql = `
  DELETE FROM currency_movement;
  INSERT INTO currency_movement (currency, movements) ${movementsPerCurrencySql};
`;

/** Rebuilds the kept figures from the records; call inside the transaction that changed them. */
export function rebuildQualityTallies(db: WritableDb): void {
  db.exec(rebuildQualityTalliesSql);
  db.exec(rebuildCurrencyMovementsSql);
}
