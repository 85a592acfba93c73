/**
 * What `txn` stores once only. The wire text of a timestamp is kept only when it differs from the
 * canonical rendering of `ts_ms` (`YYYY-MM-DDTHH:MM:SS.mmmZ`, as every record of the CDM API writes
 * it): otherwise `ts_text` holds '' and reads rebuild the text. Likewise the received amount is
 * kept only when it is not exactly `amount_cents / 100`. That is two text and number copies less
 * per record (about 32 of ~120 bytes). A row stored whole (every row written before this rule) reads
 * the same, so no migration rewrites old rows.
 */
import {
  missingAmountCents,
  missingTimestampMs,
  type ClassifiedTransaction,
} from '../../shared/classified-transaction';

/** The first instant whose ISO text has a five-digit year. */
const year10000Ms = 253_402_300_800_000;

/**
 * Whether a timestamp text has the shape of the canonical rendering, `YYYY-MM-DDTHH:MM:SS.mmmZ`.
 * Its digits were checked when `tsMs` was parsed from it (classify.ts), with no 30 February and no
 * hour 24, so a text of this shape renders back from `tsMs` unchanged.
 */
function hasCanonicalShape(text: string): boolean {
  return (
    text.length === 24 &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T' &&
    text[13] === ':' &&
    text[16] === ':' &&
    text[19] === '.' &&
    text[23] === 'Z'
  );
}

/**
 * What `ts_text` stores for a record: '' when the text is the canonical rendering of its instant.
 * Checked by shape, not by rendering `tsMs` again, which cost about 3 % of a sync's CPU.
 */
export function storedTsText(record: ClassifiedTransaction): string {
  const { tsMs, tsText } = record;
  if (tsMs === missingTimestampMs || tsMs < 0 || tsMs >= year10000Ms) return tsText;
  return hasCanonicalShape(tsText) ? '' : tsText;
}

/** What `amount` stores: null when it is exactly its cents over 100 (or was not received). */
export function storedAmount(record: ClassifiedTransaction): number | null {
  if (record.amount === null || record.amountCents === missingAmountCents) return record.amount;
  return record.amount === record.amountCents / 100 ? null : record.amount;
}

/** SQL: the received timestamp text of the `txn` row aliased `t`. */
export function tsTextSql(t: string): string {
  return `CASE WHEN ${t}.ts_text <> '' OR ${t}.ts_ms = ${String(missingTimestampMs)} THEN ${t}.ts_text
    ELSE strftime('%Y-%m-%dT%H:%M:%S', ${t}.ts_ms / 1000, 'unixepoch') || printf('.%03dZ', ${t}.ts_ms % 1000) END`;
}

/** SQL: the received amount of the `txn` row aliased `t` (NULL when none was received). */
export function amountSql(t: string): string {
  return `coalesce(${t}.amount, CASE WHEN ${t}.amount_cents <> ${String(missingAmountCents)} THEN ${t}.amount_cents / 100.0 END)`;
}
