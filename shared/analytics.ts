/** Results of the analytics services, as the renderer and the CLI receive them. */
import type { ReportingCurrency, PaymentStream } from './domain';
import type { ConversionInfo } from './rates';

/** First and last day of the synced data, overall and per transaction source (`YYYY-MM-DD`). */
export interface SyncedSpan {
  readonly from: string;
  readonly to: string;
  readonly sources: readonly {
    readonly source: PaymentStream;
    readonly from: string;
    readonly to: string;
  }[];
}

/**
 * How a result's range relates to the synced data (docs/domain.md "Balances"): the range it
 * answers (`from`/`to` of the result) is cut to the synced span; `clampedFrom` / `clampedTo` hold
 * the day that was asked for when it was cut, and are null when it was not.
 */
export interface RangeBounds {
  // Optional in the type only so that code building results by hand (tests, reports) keeps
  // compiling; the analytics services always fill them.
  readonly clampedFrom?: string | null;
  readonly clampedTo?: string | null;
  /** Null when nothing is synced yet. */
  readonly span?: SyncedSpan | null;
}

/** Every result with converted figures says how they were converted (always filled by the services). */
export interface Converted {
  readonly conversion?: ConversionInfo;
}

/** Transfers between the company's own accounts in a range: left out of company-level flows. */
export interface InternalTransfers {
  readonly count: number;
  /** Converted amount moved between own accounts. */
  readonly volume: number;
}

export interface CompanyBalance extends RangeBounds, Converted {
  readonly companyId: number;
  readonly name: string;
  /** The day the balance is at, `YYYY-MM-DD` (end of day, inclusive). */
  readonly at: string;
  readonly currency: ReportingCurrency;
  readonly balance: number;
  readonly debt: number;
  readonly credit: number;
  readonly accounts: readonly { readonly iban: string; readonly balance: number }[];
  /** The balance the `exposer` dialect reports (EUR, as of the sync), never added into computed figures. */
  readonly reportedBalance: number | null;
  /** Day of the sync that delivered the reported balance, when known. */
  readonly reportedAsOf?: string | null;
  /** Computed minus reported, when a reported balance exists. */
  readonly reportedDifference: number | null;
  /** Last day with a transaction of this company, or null. */
  readonly lastTransactionDay: string | null;
  /** Currencies of this company's transactions that have no rate and are left out. */
  readonly unconvertedCurrencies: readonly string[];
}

export interface CountryTotal {
  readonly country: string;
  readonly name: string;
  readonly inflow: number;
  readonly outflow: number;
  readonly count: number;
  /** Share of the range's converted volume (inflow + outflow), 0..1. */
  readonly share: number;
}

export interface CountriesResult extends RangeBounds, Converted {
  readonly companyId: number;
  readonly from: string;
  readonly to: string;
  readonly currency: ReportingCurrency;
  readonly countries: readonly CountryTotal[];
  /** Own-account transfers, left out of the countries above (always filled by the services). */
  readonly internalTransfers?: InternalTransfers;
}

export interface InterestResult extends RangeBounds, Converted {
  readonly companyId: number;
  readonly from: string;
  readonly to: string;
  readonly currency: ReportingCurrency;
  readonly debitRate: number;
  readonly creditRate: number;
  readonly earned: number;
  readonly owed: number;
  readonly net: number;
}

export interface SeriesBucket {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly opening: number;
  readonly closing: number;
  readonly min: number;
  readonly max: number;
  readonly inflow: number;
  readonly outflow: number;
  readonly net: number;
  readonly count: number;
}

export interface SeriesTotals {
  readonly opening: number;
  readonly closing: number;
  readonly min: number;
  readonly max: number;
  readonly inflow: number;
  readonly outflow: number;
  readonly net: number;
  readonly count: number;
  /** Days on which at least one account was overdrawn. */
  readonly daysOverdrawn: number;
  readonly peakDebt: number;
  /** Own-account transfers, left out of inflow, outflow and count above (always filled by the services). */
  readonly internalTransfers?: InternalTransfers;
}

export interface SeriesResult extends RangeBounds, Converted {
  readonly companyId: number;
  readonly from: string;
  readonly to: string;
  readonly currency: 'EUR' | 'USD';
  readonly granularity: 'day' | 'week' | 'month' | 'quarter' | 'year';
  readonly buckets: readonly SeriesBucket[];
  readonly totals: SeriesTotals;
  readonly unconvertedCurrencies: readonly string[];
}

export type ForecastResult =
  | {
      readonly available: true;
      readonly companyId: number;
      readonly at: string;
      readonly currency: 'EUR' | 'USD';
      /** Last day of history the forecast starts from, and the balance then. */
      readonly from: string;
      readonly fromBalance: number;
      readonly balance: number;
      readonly low80: number;
      readonly high80: number;
      readonly low95: number;
      readonly high95: number;
      /** Error of the same model on the held-out end of the history, in percent (volume-weighted MAPE). */
      readonly backtestMape: number;
      readonly backtestDays: number;
      readonly model: string;
      readonly conversion?: ConversionInfo;
      readonly components: {
        readonly level: number;
        readonly trend: number;
        readonly weekday: readonly number[];
      };
    }
  | {
      readonly available: false;
      readonly companyId: number;
      readonly at: string;
      readonly currency: 'EUR' | 'USD';
      readonly reason: string;
    };

export interface SearchHit {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  readonly ibans: readonly string[];
  readonly balance: number;
  readonly inDebt: boolean;
  /** What matched: id, name, iban, address, or a fuzzy (typo-tolerant) match. */
  readonly matched: 'id' | 'name' | 'iban' | 'address' | 'fuzzy';
  /**
   * False when the sources are limited to a portfolio (a scope) that leaves this company out: its
   * transactions are not synced, so it has no figures (`balance` 0) until it is added to a scope.
   */
  readonly inScope: boolean;
}

export interface Counterparty {
  readonly iban: string;
  /** First two letters of the IBAN, and the country's name. */
  readonly country: string;
  readonly countryName: string;
  /** The company owning the IBAN when it is one of ours (including the company itself). */
  readonly companyId: number | null;
  readonly companyName: string | null;
  /** Whether money came in from it, went out to it, or both, in the range. */
  readonly direction: 'in' | 'out' | 'both';
  readonly inflow: number;
  readonly outflow: number;
  readonly volume: number;
  readonly count: number;
}

export interface CounterpartiesResult extends RangeBounds, Converted {
  readonly companyId: number;
  readonly from: string;
  readonly to: string;
  readonly currency: ReportingCurrency;
  readonly counterparties: readonly Counterparty[];
  readonly unconvertedCurrencies: readonly string[];
}

export interface TransactionLine {
  readonly source: 'sepa' | 'swift';
  readonly id: string;
  /** The timestamp as received. */
  readonly ts: string;
  readonly day: string;
  readonly payer: string;
  readonly beneficiary: string;
  /** Seen from the company: money in, out, or between its own accounts. */
  readonly direction: 'in' | 'out' | 'own';
  readonly amount: number | null;
  readonly currency: string;
  /** In the reporting currency; null when the currency has no rate. */
  readonly converted: number | null;
  readonly status: 'valid' | 'quarantined';
  /** Another stored record is identical to this one apart from its id (docs/domain.md "Duplicates"). */
  readonly possibleDuplicate?: boolean;
  readonly reason: 'batch-payment' | 'invalid-iban' | 'invalid-currency' | 'malformed' | null;
  readonly detail: string | null;
  /** The record exactly as the source sent it, where it was kept (quarantined records). */
  readonly raw?: string | null;
}

export interface TransactionsPage extends RangeBounds, Converted {
  readonly companyId: number;
  readonly from: string;
  readonly to: string;
  readonly currency: ReportingCurrency;
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly transactions: readonly TransactionLine[];
}
