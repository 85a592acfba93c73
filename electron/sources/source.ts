/**
 * What the sync engine needs of a CDM API, whatever its dialect: companies, rates, and the
 * transaction streams page by page from a resumable cursor. Each dialect's adapter maps its wire
 * format to the canonical records of `shared/domain.ts` and nowhere else.
 */
import type { Company, Dialect, ExchangeRate, RawTransaction, PaymentStream } from '../../shared/domain';

export type { Dialect } from '../../shared/domain';

/** A wire element that could not be read at all (a company, a rate row), kept for the data-quality view. */
export interface RejectedRecord {
  readonly raw: string;
  readonly detail: string;
}
export type RejectedCompany = RejectedRecord;

export interface CompanyBatch {
  readonly companies: readonly Company[];
  readonly rejected: readonly RejectedRecord[];
}

/** Reads every page of a company list into one batch. */
export async function collectCompanyPages(pages: AsyncIterable<CompanyBatch>): Promise<CompanyBatch> {
  const companies: Company[] = [];
  const rejected: RejectedRecord[] = [];
  for await (const page of pages) {
    companies.push(...page.companies);
    rejected.push(...page.rejected);
  }
  return { companies, rejected };
}

export interface RateBatch {
  readonly rates: readonly ExchangeRate[];
  readonly rejected: readonly RejectedRecord[];
}

export interface TransactionPage {
  readonly records: readonly RawTransaction[];
  /**
   * Where the next page starts; JSON-serialisable, saved in the same database transaction as the
   * page's records, and handed back to `nextPage` (also after a restart).
   */
  readonly cursor: unknown;
  /** True when this page ends the current pass over the stream (no more data for now). */
  readonly endOfPass: boolean;
}

export interface RetryNotice {
  /** The attempt that just failed, 1-based (the next one is `attempt + 1`). */
  readonly attempt: number;
  /** The wait before the next attempt: jittered backoff, or the server's capped `Retry-After`. */
  readonly delayMs: number;
  /** What failed, e.g. `GET /sepa: HTTP 503`. */
  readonly reason: string;
}

/** A party filter of the cdm-api dialect: the records one account pays (payer) or receives. */
export interface PartyFilter {
  readonly side: 'payer' | 'beneficiary';
  readonly iban: string;
}

export interface CdmSource {
  readonly dialect: Dialect;
  /** The whole company list, read to its end. */
  companies(signal?: AbortSignal): Promise<CompanyBatch>;
  /**
   * The company list page by page, in the API's order, so a sync can store each page as it comes
   * instead of holding a bank's whole list (100k companies: ~200 MB of objects) at once.
   */
  companyPages(signal?: AbortSignal): AsyncGenerator<CompanyBatch>;
  rates(signal?: AbortSignal): Promise<RateBatch>;
  /** The page after `cursor` (null: from the start, or wherever the server's own cursor is). */
  nextPage(stream: PaymentStream, cursor: unknown, signal?: AbortSignal): Promise<TransactionPage>;
  /**
   * The page after `cursor` of the records matching one party filter, each filter with a cursor of
   * its own; only sources whose API filters by party (cdm-api) have it.
   */
  readonly nextPartyPage?: (
    stream: PaymentStream,
    filter: PartyFilter,
    cursor: unknown,
    signal?: AbortSignal,
  ) => Promise<TransactionPage>;
  /** Subscribes to retries (for progress); returns the unsubscribe function. */
  onRetry(listener: (notice: RetryNotice) => void): () => void;
  close(): Promise<void>;
}
