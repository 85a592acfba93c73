/**
 * Canonical records used inside the app. Wire names of either CDM dialect are mapped to these in
 * the source adapters and nowhere else (docs/domain.md).
 */

/**
 * The payment stream a transaction came through. Not to be confused with a *source*, which in this
 * code base is always a CDM endpoint the app syncs from (docs/architecture.md, "Names").
 */
export type PaymentStream = 'sepa' | 'swift';
export const paymentStreams: readonly PaymentStream[] = ['sepa', 'swift'];

/** The two dialects of the CDM API (docs/cdm-api.md). */
export type Dialect = 'exposer' | 'cdm-api';
export const dialects: readonly Dialect[] = ['exposer', 'cdm-api'];

export type ReportingCurrency = 'EUR' | 'USD';
export const reportingCurrencies: readonly ReportingCurrency[] = ['EUR', 'USD'];

export interface Company {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  readonly ibans: readonly string[];
  /** Only the `exposer` dialect reports a balance; never added into computed figures. */
  readonly reportedBalance: number | null;
}

/**
 * A transaction as delivered, before validation. Fields the wire left missing or unparseable are
 * null so that the record can still be kept, with its reason, in the data-quality view.
 */
export interface RawTransaction {
  readonly source: PaymentStream;
  /** Integer ids and uuids are both carried as text. */
  readonly id: string;
  readonly payer: string | null;
  readonly beneficiary: string | null;
  readonly amount: number | null;
  readonly currency: string | null;
  /** RFC 3339 timestamp exactly as received, or null when missing. */
  readonly ts: string | null;
  /** The original wire element as JSON text, kept for records that could not be read cleanly. */
  readonly raw?: string;
}

export interface ExchangeRate {
  readonly currency: string;
  readonly usdRate: number;
  readonly eurRate: number;
}

export type QuarantineReason = 'batch-payment' | 'invalid-iban' | 'invalid-currency' | 'malformed';
export const quarantineReasons: readonly QuarantineReason[] = [
  'batch-payment',
  'invalid-iban',
  'invalid-currency',
  'malformed',
];
