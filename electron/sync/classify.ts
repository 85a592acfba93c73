/**
 * Which transactions are valid (docs/domain.md, rules 2–4), decided per record as it arrives. Batch
 * payments (rule 1) need the record's siblings and are decided at ingest, against the database.
 * Precedence when several rules fail: malformed, then invalid IBAN, then invalid currency.
 */
import type { RawTransaction } from '../../shared/domain';
import {
  missingAmountCents,
  missingTimestampMs,
  type ClassifiedTransaction,
} from '../../shared/classified-transaction';
import { dayOfEpochMs } from '../../shared/days';
import { toCents } from '../../shared/money';
import { ibanCountry, isValidIbanStrict } from '../../shared/rules/iban';
import { isIsoCurrency } from '../../shared/rules/currency';
import { parseTimestamp } from '../../shared/rules/timestamp';

export { missingAmountCents, missingTimestampMs, type ClassifiedTransaction };

export interface ClassifyOptions {
  /** Strict IBAN validation setting: ISO 13616 failures become invalid-iban instead of warnings. */
  readonly strictIban: boolean;
}

/**
 * Up to 2^51 cents (about 22.5 trillion), an amount written with two decimals converts to exactly
 * its cents: the parsed double is within 0.2 of a cent and the product rounds by at most 0.125.
 * Above it, one amount in ten comes out a cent off; past 2^53 cents are not even integers, and a
 * hundred times 1e307 is Infinity.
 */
const maxExactCents = 2 ** 51;

/**
 * Integer cents of an amount, or null when the amount cannot be counted exactly in cents (not finite,
 * or too large): such a value would corrupt the identity key and every sum it enters.
 */
function exactCents(amount: number | null): number | null {
  if (amount === null || !Number.isFinite(amount)) return null;
  const cents = toCents(amount);
  return Math.abs(cents) <= maxExactCents ? cents : null;
}

function malformedDetail(record: RawTransaction, cents: number | null, tsMs: number | null): string | null {
  if (record.amount === null) return 'amount missing or marked invalid';
  if (!Number.isFinite(record.amount)) return 'amount is not a finite number';
  if (record.amount <= 0) return `amount ${record.amount} is not positive`;
  if (cents === null) return `amount ${record.amount} is too large to count exactly in cents`;
  if (record.ts === null) return 'timestamp missing';
  if (tsMs === null) return `timestamp '${record.ts}' is not an RFC 3339 instant`;
  if (record.payer === null) return 'payer IBAN missing';
  if (record.beneficiary === null) return 'beneficiary IBAN missing';
  if (record.currency === null) return 'currency missing';
  return null;
}

export function classifyTransaction(record: RawTransaction, options: ClassifyOptions): ClassifiedTransaction {
  const tsMs = record.ts === null ? null : parseTimestamp(record.ts);
  const cents = exactCents(record.amount);
  // Text as SQLite stores it: a lone UTF-16 surrogate (JSON allows "\ud800") is written as U+FFFD, so
  // a record compared or hashed before the replacement would never match its stored copy.
  const payer = (record.payer ?? '').toWellFormed();
  const beneficiary = (record.beneficiary ?? '').toWellFormed();
  const currency = (record.currency ?? '').toWellFormed();
  let reason: ClassifiedTransaction['reason'] = null;
  let detail = malformedDetail(record, cents, tsMs);
  let strictIbanWarning = false;
  if (detail !== null) {
    reason = 'malformed';
  } else if (ibanCountry(payer) === null || ibanCountry(beneficiary) === null) {
    reason = 'invalid-iban';
    detail = `${ibanCountry(payer) === null ? 'payer' : 'beneficiary'} IBAN '${ibanCountry(payer) === null ? payer : beneficiary}' does not start with an assigned country code`;
  } else if (!isIsoCurrency(currency)) {
    reason = 'invalid-currency';
    detail = `'${currency}' is not an ISO 4217 currency code`;
  } else if (!isValidIbanStrict(payer) || !isValidIbanStrict(beneficiary)) {
    if (options.strictIban) {
      reason = 'invalid-iban';
      detail = 'fails the ISO 13616 check (length or check digits)';
    } else {
      strictIbanWarning = true;
    }
  }
  return {
    source: record.source,
    extId: record.id.toWellFormed(),
    payer,
    beneficiary,
    tsMs: tsMs ?? missingTimestampMs,
    day: tsMs === null ? null : dayOfEpochMs(tsMs),
    tsText: record.ts ?? '',
    // A finite amount too large for cents is still shown as received in the data-quality view.
    amount: record.amount !== null && Number.isFinite(record.amount) ? record.amount : null,
    amountCents: cents ?? missingAmountCents,
    currency,
    reason,
    detail,
    raw: reason === 'malformed' ? (record.raw ?? null) : null,
    strictIbanWarning,
  };
}
