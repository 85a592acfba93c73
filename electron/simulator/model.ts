/**
 * The simulator's data model: what the generator produces, the cache stores and the HTTP servers
 * serve. Records are kept in a wire-neutral form that can still express every quirk the servers
 * must reproduce (missing amounts, broken timestamps, invalid IBANs, uuid ids).
 */
import type { PaymentStream } from '../../shared/domain';

export type Setting = 'small' | 'medium' | 'large' | 'mega';
export const settings: readonly Setting[] = ['small', 'medium', 'large', 'mega'];

/** Clean record counts per setting (docs/cdm-api.md); corruption is added on top. */
export const settingSizes: Readonly<Record<Setting, { companies: number; sepa: number; swift: number }>> = {
  small: { companies: 100, sepa: 10_000, swift: 100_000 },
  medium: { companies: 1_000, sepa: 100_000, swift: 1_000_000 },
  large: { companies: 10_000, sepa: 1_000_000, swift: 10_000_000 },
  mega: { companies: 100_000, sepa: 10_000_000, swift: 100_000_000 },
};

/** The data period of every setting: 2018-01-01 to 2021-12-31 UTC, inclusive. */
export const periodStartMs = Date.UTC(2018, 0, 1);
export const periodEndMs = Date.UTC(2022, 0, 1);

export interface SimCompany {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  readonly ibans: readonly string[];
  /** The balance the `exposer` dialect reports (a whole number, as in the seed). */
  readonly reportedBalance: number;
}

/**
 * Why a generated record is special; null for plain clean records. `duplicate` marks the extra copy
 * of a clean record (not dirty: it counts once) and `strict-iban-warning` a clean record whose
 * counterparty IBAN fails only the strict ISO 13616 check (valid under the default rule).
 */
export type SimCorruption =
  'batch-payment' | 'invalid-iban' | 'invalid-currency' | 'malformed' | 'duplicate' | 'strict-iban-warning';

export interface SimTransaction {
  readonly source: PaymentStream;
  /** Row number unique per source, in (tsMs, generation) order. */
  readonly seq: number;
  /**
   * The integer id. Ids grow with time; batch-payment siblings and exact duplicates share the id
   * of the record they copy.
   */
  readonly idNum: number;
  /** The id as served: `String(idNum)`, or a uuid derived deterministically from it. */
  readonly id: string;
  readonly payer: string;
  readonly beneficiary: string;
  /** null is served as a missing amount (`{"Float":0,"Valid":false}` / `null`). */
  readonly amount: number | null;
  readonly currency: string;
  /** Ordering instant in epoch milliseconds (always valid, even when `time` is broken). */
  readonly tsMs: number;
  /** The timestamp text as served; differs from `tsMs` only for malformed records. */
  readonly time: string;
  readonly corruption: SimCorruption | null;
}

export interface SimRate {
  readonly currency: string;
  readonly usdRate: number;
  readonly eurRate: number;
}

export type IdKind = 'int' | 'uuid';

export interface PartyFilter {
  readonly payer?: string;
  readonly beneficiary?: string;
}

/**
 * Read access to a generated data set, as the HTTP servers need it. Keyset pages never end inside
 * a group of records that share the key (batch siblings), so "strictly after the key" loses nothing.
 */
export interface SimDataset {
  readonly setting: Setting;
  readonly seed: number;
  readonly idKind: IdKind;
  companies(): readonly SimCompany[];
  company(companyId: number): SimCompany | undefined;
  rates(): readonly SimRate[];
  /** Records with `fromMs <= tsMs < toMs`, ordered by (tsMs, seq). */
  window(source: PaymentStream, fromMs: number, toMs: number): SimTransaction[];
  /** Records with idNum > afterId, in seq order, at least `limit` unless exhausted. */
  pageAfterId(source: PaymentStream, afterId: number, limit: number, filter?: PartyFilter): SimTransaction[];
  /** Records after the key (tsMs, id) in (tsMs, id, seq) order; for uuid ids. */
  pageAfterKey(
    source: PaymentStream,
    afterMs: number,
    afterId: string,
    limit: number,
    filter?: PartyFilter,
  ): SimTransaction[];
  /** First and last tsMs of a source, or null when it is empty. */
  span(source: PaymentStream): { readonly firstMs: number; readonly lastMs: number } | null;
  close(): void;
}

/**
 * Corruption rates, each a fraction of the clean records of the source it applies to, added on top
 * of the clean counts (a setting's clean counts stay exact).
 */
export interface CorruptionRates {
  /** Clean records turned into batch-payment groups (2–4 members sharing id, parties and time). */
  readonly batchPayment: number;
  /** SWIFT records with an invalid IBAN on one side (XX…, ZZ…, QQ…, digits, lowercase, empty). */
  readonly invalidIban: number;
  /** SWIFT records in the non-ISO currency `SGP`. */
  readonly invalidCurrency: number;
  /** Records with a missing, zero or negative amount, or a broken timestamp. */
  readonly malformed: number;
  /** Exact copies of a clean record (not dirty: counted once). */
  readonly duplicate: number;
  /** Clean SWIFT counterparty IBANs with a valid country but wrong check digits (strict-check warnings). */
  readonly strictIbanWarning: number;
}
