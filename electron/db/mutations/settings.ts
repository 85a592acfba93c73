/**
 * Writes of analyst settings, and the one setting that changes stored records: strict IBAN
 * validation. Turning it on quarantines valid records that fail only the ISO 13616 check and
 * withdraws them from the aggregates; turning it off restores them (as batch payments when a batch
 * group holds them), so figures follow the setting at once instead of at the next sync.
 */
import type { ReportingCurrency } from '../../../shared/domain';
import type { WritableDb } from '../connection';
import type { SettingKey } from '../queries/settings';
import { FlowDeltas, storedContribution, type StoredFlowRow } from './flow-deltas';

/** The detail classify.ts gives a record that fails only the strict check while strict mode is on. */
const strictDetail = 'fails the ISO 13616 check (length or check digits)';

export function saveSetting(db: WritableDb, key: SettingKey, value: unknown): void {
  db.prepare(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

export function saveRateOverride(
  db: WritableDb,
  currency: string,
  reporting: ReportingCurrency,
  rate: number | null,
): void {
  if (rate === null) {
    db.prepare('DELETE FROM rate_override WHERE currency = ? AND reporting = ?').run(currency, reporting);
    return;
  }
  db.prepare(
    `INSERT INTO rate_override (currency, reporting, rate) VALUES (?, ?, ?)
     ON CONFLICT (currency, reporting) DO UPDATE SET rate = excluded.rate`,
  ).run(currency, reporting, rate);
}

export function saveOpeningBalance(
  db: WritableDb,
  iban: string,
  reporting: ReportingCurrency,
  amount: number | null,
): void {
  if (amount === null) {
    db.prepare('DELETE FROM opening_balance WHERE iban = ? AND reporting = ?').run(iban, reporting);
    return;
  }
  db.prepare(
    `INSERT INTO opening_balance (iban, reporting, amount) VALUES (?, ?, ?)
     ON CONFLICT (iban, reporting) DO UPDATE SET amount = excluded.amount`,
  ).run(iban, reporting, amount);
}

const columns = 'txn_id, payer, beneficiary, payer_company, beneficiary_company, day, currency, amount_cents';

/** Re-applies the strict IBAN rule to stored records; returns how many changed status. Call in a transaction. */
export function reclassifyStrictIban(db: WritableDb, strict: boolean): number {
  const deltas = new FlowDeltas(db);
  let changed = 0;
  if (strict) {
    const rows = db
      .prepare(`SELECT ${columns}, 0 AS in_batch FROM txn WHERE strict_iban_warning = 1 AND status = 0`)
      .all() as StoredFlowRow[];
    const quarantine = db.prepare(
      "UPDATE txn SET status = 1, reason = 'invalid-iban', detail = ? WHERE txn_id = ?",
    );
    for (const row of rows) {
      quarantine.run(strictDetail, row.txn_id);
      deltas.apply(storedContribution(row), -1);
      changed += 1;
    }
  } else {
    const rows = db
      .prepare(
        `SELECT ${columns}, EXISTS (SELECT 1 FROM batch_group b WHERE b.ts_ms = t.ts_ms AND b.source = t.source
           AND b.ext_id = t.ext_id AND b.payer = t.payer AND b.beneficiary = t.beneficiary) AS in_batch
         FROM txn t WHERE status <> 0 AND reason = 'invalid-iban' AND detail = ?`,
      )
      .all(strictDetail) as StoredFlowRow[];
    const restore = db.prepare(
      'UPDATE txn SET status = 0, reason = NULL, detail = NULL, strict_iban_warning = 1 WHERE txn_id = ?',
    );
    const toBatch = db.prepare(
      "UPDATE txn SET reason = 'batch-payment', detail = 'member of a batch-payment group', strict_iban_warning = 1 WHERE txn_id = ?",
    );
    for (const row of rows) {
      if (row.in_batch === 1) {
        toBatch.run(row.txn_id);
      } else {
        restore.run(row.txn_id);
        deltas.apply(storedContribution(row), 1);
      }
      changed += 1;
    }
  }
  deltas.flush();
  return changed;
}
