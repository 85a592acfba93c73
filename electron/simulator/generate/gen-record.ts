/**
 * The generator's compact record: IBANs as numbers of the IbanTable, amounts in integer cents,
 * the corruption kind as a small code. The cache stores exactly these fields.
 */
import type { SimCorruption } from '../model';

export interface GenRecord {
  tsMs: number;
  /** The served timestamp text when it is not the plain `YYYY-MM-DDTHH:MM:SSZ` form of tsMs. */
  time: string | null;
  payer: number;
  beneficiary: number;
  /** Integer cents; null for a missing amount. */
  cents: number | null;
  currency: string;
  kind: number;
  /** Which side is the foreign counterparty in SWIFT: 1 payer, 2 beneficiary, 0 none (SEPA). */
  foreignSide: number;
  /** Records sharing a tag (batch siblings, a record and its duplicate) share the id. */
  tag: number;
  member: number;
  idNum: number;
  seq: number;
}

/** Corruption codes as stored; index = code. */
export const kindNames: readonly (SimCorruption | null)[] = [
  null,
  'batch-payment',
  'invalid-iban',
  'invalid-currency',
  'malformed',
  'duplicate',
  'strict-iban-warning',
];

export const KIND = {
  clean: 0,
  batchPayment: 1,
  invalidIban: 2,
  invalidCurrency: 3,
  malformed: 4,
  duplicate: 5,
  strictIbanWarning: 6,
} as const;

/** The canonical text of a whole-second instant: `2018-01-03T09:15:00Z`. */
export function canonicalTime(tsMs: number): string {
  return `${new Date(tsMs).toISOString().slice(0, 19)}Z`;
}
