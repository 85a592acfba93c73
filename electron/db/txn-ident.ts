/**
 * The narrow identity key of a stored transaction (migration 0170, docs/architecture.md "Database").
 *
 * A record's identity is its time, source, id, parties and amount (docs/domain.md "Duplicates"). The
 * unique index over those columns copied the id and both IBAN texts into every entry; the identity
 * index now holds `(ts_ms, ident, amount_cents)`, where `ident` is a 32-bit hash of source, id and
 * parties. The records of one batch-payment group share time and `ident` (they differ in amount
 * only), so the same index finds a record's copies and its batch siblings. A hash only narrows the
 * search: every probe also compares the columns themselves, so two keys that happen to share a hash
 * at the same instant cost one more row read and never merge.
 *
 * Every writer must store exactly this value; the migration fills it for records stored before it.
 */
import type Database from 'better-sqlite3';

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), fnvPrime);
  // A separator after each field keeps ("AB", "C") apart from ("A", "BC").
  return Math.imul(h ^ 0xff, fnvPrime);
}

/** FNV-1a over the source code, the id and both IBANs, as a signed 32-bit integer (4 bytes in SQLite). */
export function txnIdent(source: number, extId: string, payer: string, beneficiary: string): number {
  const h = Math.imul(fnvOffset ^ (source & 0xff), fnvPrime);
  return mix(mix(mix(h, extId), payer), beneficiary) | 0;
}

/**
 * Registers `txn_ident(source, ext_id, payer, beneficiary)` on a connection, for statements that need
 * the key of stored columns (the migration that fills it, a lookup from a batch group). The schema
 * never refers to it, so a connection without it (another SQLite tool) still reads and writes.
 */
export function registerTxnIdent(db: Database.Database): void {
  db.function(
    'txn_ident',
    { deterministic: true },
    (source: unknown, extId: unknown, payer: unknown, beneficiary: unknown) =>
      txnIdent(Number(source), String(extId), String(payer), String(beneficiary)),
  );
}
