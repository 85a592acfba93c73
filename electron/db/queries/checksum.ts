/**
 * A checksum of everything a sync decides: reference data, every stored transaction with its status
 * and reason, and every aggregate. Two syncs of the same data must end with the same checksum,
 * whatever faults, retries, duplicate pages or crashes happened on the way. Bookkeeping that
 * legitimately differs between runs (run history, cursor timestamps, row ids) is left out.
 */
import { createHash } from 'node:crypto';
import type { ReadableDb } from '../connection';
import { tsTextSql } from '../txn-columns';

const orderedContent = [
  'SELECT company_id, name, address, reported_balance FROM company ORDER BY company_id',
  'SELECT iban, company_id, position FROM account ORDER BY iban',
  'SELECT currency, usd_rate, eur_rate FROM rate ORDER BY currency',
  `SELECT source, ext_id, payer, beneficiary, ts_ms, day, ${tsTextSql('txn')}, amount_cents, currency, status,
     reason, payer_company, beneficiary_company, strict_iban_warning
   FROM txn ORDER BY ts_ms, source, ext_id, payer, beneficiary, amount_cents`,
  'SELECT ts_ms, source, ext_id, payer, beneficiary, members FROM batch_group ORDER BY ts_ms, source, ext_id, payer, beneficiary',
  'SELECT * FROM daily_country_flow ORDER BY iban, day, country, currency',
  'SELECT * FROM monthly_flow ORDER BY iban, month, currency',
  'SELECT * FROM account_total ORDER BY iban, currency',
] as const;

export function databaseChecksum(db: ReadableDb): string {
  const hash = createHash('sha256');
  for (const sql of orderedContent) {
    hash.update(sql);
    for (const row of db.prepare(sql).raw().iterate() as IterableIterator<unknown[]>) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/** Stored transactions per status and reason, for summaries and tests. */
export function countByReason(db: ReadableDb): {
  readonly valid: number;
  readonly reasons: Readonly<Record<string, number>>;
} {
  const rows = db.prepare('SELECT reason, count(*) FROM txn GROUP BY reason').raw().all() as [
    string | null,
    number,
  ][];
  const reasons: Record<string, number> = {};
  let valid = 0;
  for (const [reason, count] of rows) {
    if (reason === null) valid = count;
    else reasons[reason] = count;
  }
  return { valid, reasons };
}
