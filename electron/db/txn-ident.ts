/**
 * The narrow identity key of a stored transaction (migration 0170, docs/architecture.md "Database").
 *
 * Three questions are asked of every record on the write path, and each compares records that share
 * their instant, source and both parties: is it a duplicate (same id and amount too), is it one of a
 * batch-payment group (same id, other amounts), is it a possible duplicate (same amount and currency,
 * other id). The index that answers them holds `(ts_ms, ident, amount_cents)`, where `ident` is a
 * 32-bit hash of source and parties, instead of copying the IBAN and id texts into every entry. A hash
 * only narrows the search: every match is compared column by column, so two keys that happen to share
 * a hash at the same instant cost one more row read and never merge.
 *
 * Every writer must store exactly this value; the migration fills it for records stored before it.
 */

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), fnvPrime);
  // A separator after each field keeps ("AB", "C") apart from ("A", "BC").
  return Math.imul(h ^ 0xff, fnvPrime);
}

/** FNV-1a over the source code and both IBANs, as a signed 32-bit integer (4 bytes in SQLite). */
export function txnIdent(source: number, payer: string, beneficiary: string): number {
  const h = Math.imul(fnvOffset ^ (source & 0xff), fnvPrime);
  return mix(mix(h, payer), beneficiary) | 0;
}
