/** The one statement that stores a classified transaction, shared by both ingest modes. */
import type { RunResult } from 'better-sqlite3';
import type { ClassifiedTransaction } from '../../../shared/classified-transaction';
import type { WritableDb } from '../connection';
import { streamCode } from '../stream-code';
import { storedAmount, storedTsText } from '../txn-columns';

export type TxnInsert = (
  record: ClassifiedTransaction,
  payerCompany: number | null,
  beneficiaryCompany: number | null,
) => RunResult;

/** Inserts unless the identity index already holds the record (`changes` is then 0). */
export function prepareTxnInsert(db: WritableDb): TxnInsert {
  // Positional parameters: binding 17 values by name, from an object spread per record, cost more
  // than the insert itself at millions of records.
  const insert = db.prepare(`
    INSERT OR IGNORE INTO txn (source, ext_id, payer, beneficiary, ts_ms, day, ts_text, amount, amount_cents,
      currency, status, reason, detail, raw, payer_company, beneficiary_company, strict_iban_warning)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return (record, payerCompany, beneficiaryCompany) =>
    insert.run(
      streamCode(record.source),
      record.extId,
      record.payer,
      record.beneficiary,
      record.tsMs,
      record.day,
      storedTsText(record),
      storedAmount(record),
      record.amountCents,
      record.currency,
      record.reason === null ? 0 : 1,
      record.reason,
      record.detail,
      record.raw,
      payerCompany,
      beneficiaryCompany,
      record.strictIbanWarning ? 1 : 0,
    );
}
