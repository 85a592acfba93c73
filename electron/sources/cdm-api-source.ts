/**
 * The `cdm-api` dialect as a CdmSource: companies paged by `after-id`, rates in one array, and each
 * stream read by keyset pages from the saved key (cdm-api-cursor.ts). `[]` ends a pass and keeps the
 * key one step back, so the next refresh reads the last key's group again and then what came after.
 */
import type { PaymentStream } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import { createHttpClient, type HttpClient, type HttpClientOptions } from './http/http-client';
import {
  advanceCdmApiCursor,
  cursorMoved,
  cursorQuery,
  readCdmApiCursor,
  rewindCdmApiCursor,
} from './cdm-api-cursor';
import {
  collectCompanyPages,
  type CdmSource,
  type CompanyBatch,
  type PartyFilter,
  type TransactionPage,
} from './source';
import { parseCdmApiCompanies, parseCdmApiRates, parseCdmApiTransactions } from './wire/cdm-api-records';

export const defaultPageLimit = 5000;
/** The server refuses larger pages (400). */
export const maxPageLimit = 10_000;
/**
 * Pages in a row that may fail to move the key before the server is declared broken: an overlapping
 * page (a known fault) can repeat what was read, but it cannot keep doing so.
 */
const maxStalledPages = 5;

/** The API's names of the two party filters per stream (docs/cdm-api.md). */
const partyParameters: Record<PaymentStream, Record<PartyFilter['side'], string>> = {
  sepa: { payer: 'payer', beneficiary: 'receiver' },
  swift: { payer: 'sender', beneficiary: 'beneficiary' },
};

export function partyQuery(stream: PaymentStream, filter: PartyFilter): string {
  return `&${partyParameters[stream][filter.side]}=${encodeURIComponent(filter.iban)}`;
}

export interface CdmApiSourceOptions {
  /** Records per page (default 5000, at most 10000). */
  readonly pageLimit?: number;
}

export function checkPageLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageLimit) {
    throw new AppFailure(
      'invalid-argument',
      `The page limit must be a whole number from 1 to ${maxPageLimit}, not ${limit}.`,
    );
  }
  return limit;
}

export function cdmApiSourceOver(client: HttpClient, options: CdmApiSourceOptions = {}): CdmSource {
  const limit = checkPageLimit(options.pageLimit ?? defaultPageLimit);

  async function fetchPage(stream: PaymentStream, query: string, signal: AbortSignal | undefined) {
    return client.get(`/transactions/${stream}?limit=${limit}${query}`, {
      signal,
      read: (body) => parseCdmApiTransactions(body, stream),
    });
  }

  /** The page after the saved key, of the whole stream or of one party filter (`filterQuery`). */
  async function keysetPage(
    stream: PaymentStream,
    filterQuery: string,
    saved: unknown,
    signal: AbortSignal | undefined,
  ): Promise<TransactionPage> {
    const cursor = readCdmApiCursor(saved);
    for (let stalled = 0; stalled < maxStalledPages; stalled += 1) {
      const records = await fetchPage(stream, `${cursorQuery(cursor)}${filterQuery}`, signal);
      if (records.length === 0) return { records, cursor: rewindCdmApiCursor(cursor), endOfPass: true };
      const next = advanceCdmApiCursor(cursor, records);
      if (cursorMoved(cursor, next)) return { records, cursor: next, endOfPass: false };
    }
    throw new AppFailure(
      'bad-response',
      `The CDM API at ${client.origin} keeps serving ${stream} records that do not move past the saved position.`,
    );
  }

  /** The company list by `after-id` pages, each yielded as it arrives. */
  async function* companyPages(signal?: AbortSignal): AsyncGenerator<CompanyBatch> {
    let afterId: number | null = null;
    for (;;) {
      const query: string = afterId === null ? '' : `&after-id=${afterId}`;
      const page = await client.get(`/companies?limit=${limit}${query}`, {
        signal,
        read: parseCdmApiCompanies,
      });
      if (page.companies.length === 0 && page.rejected.length === 0) return;
      yield { companies: page.companies, rejected: page.rejected };
      if (page.lastId === null || (afterId !== null && page.lastId <= afterId)) {
        throw new AppFailure(
          'bad-response',
          `The CDM API at ${client.origin} sent a companies page that does not move past id ${afterId ?? 'the start'}.`,
        );
      }
      afterId = page.lastId;
    }
  }

  return {
    dialect: 'cdm-api',
    companies(signal) {
      return collectCompanyPages(companyPages(signal));
    },
    companyPages,
    async rates(signal) {
      return client.get('/exchange-rates', { signal, read: parseCdmApiRates });
    },
    nextPage: (stream, saved, signal) => keysetPage(stream, '', saved, signal),
    nextPartyPage: (stream, filter, saved, signal) =>
      keysetPage(stream, partyQuery(stream, filter), saved, signal),
    onRetry: (listener) => client.onRetry(listener),
    close: () => client.close(),
  };
}

export function createCdmApiSource(options: HttpClientOptions & CdmApiSourceOptions): CdmSource {
  const limit = checkPageLimit(options.pageLimit ?? defaultPageLimit);
  return cdmApiSourceOver(createHttpClient(options), { pageLimit: limit });
}
