/**
 * The statements that store a classified transaction, shared by both ingest modes: the probe that
 * tells whether it is stored already and the insert. Identity (docs/domain.md "Duplicates"): the
 * same time, source, id, parties and amount. The identity index holds `(ts_ms, ident, amount_cents)`
 * (txn-ident.ts); the probe also compares the columns the hash stands for.
 */
import type { ClassifiedTransaction } from '../../../shared/classified-transaction';
import type { WritableDb } from '../connection';
import { streamCode } from '../stream-code';
import { storedAmount, storedTsText } from '../txn-columns';
import { txnIdent } from '../txn-ident';

/** A record on its way in, with what the writer derived from it. */
export interface KeyedRecord {
  readonly record: ClassifiedTransaction;
  readonly source: 0 | 1;
  readonly ident: number;
}

export function keyed(record: ClassifiedTransaction): KeyedRecord {
  const source = streamCode(record.source);
  return { record, source, ident: txnIdent(source, record.extId, record.payer, record.beneficiary) };
}

export interface TxnStore {
  /** True when a record with the same identity is stored already. */
  isStored(keyedRecord: KeyedRecord): boolean;
  /** Inserts the record (the caller has ruled out a duplicate); returns its `txn_id`. */
  insert(keyedRecord: KeyedRecord, payerCompany: number | null, beneficiaryCompany: number | null): number;
}

export function prepareTxnStore(db: WritableDb): TxnStore {
  const stored = db
    .prepare(
      `SELECT 1 FROM txn WHERE ts_ms = ? AND ident = ? AND amount_cents = ?
         AND source = ? AND ext_id = ? AND payer = ? AND beneficiary = ? LIMIT 1`,
    )
    .pluck();
  // Positional parameters: binding 18 values by name, from an object spread per record, cost more
  // than the insert itself at millions of records.
  const insert = db.prepare(`
    INSERT INTO txn (source, ext_id, payer, beneficiary, ts_ms, day, ts_text, amount, amount_cents,
      currency, status, reason, detail, raw, payer_company, beneficiary_company, strict_iban_warning, ident)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    isStored({ record, source, ident }) {
      return (
        stored.get(
          record.tsMs,
          ident,
          record.amountCents,
          source,
          record.extId,
          record.payer,
          record.beneficiary,
        ) !== undefined
      );
    },
    insert({ record, source, ident }, payerCompany, beneficiaryCompany) {
      const result = insert.run(
        source,
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
        ident,
      );
      return Number(result.lastInsertRowid);
    },
  };
}
