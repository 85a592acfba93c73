/**
 * The `exposer` dialect as a CdmSource: companies and rates from their JSON-in-a-string endpoints,
 * and each stream polled from the server's shared cursor, with the pass logic of exposer-cursor.ts.
 * An empty period, 204, 404 and a poll that still times out after the retries all mean "nothing now".
 * Each run starts a fresh pass from wherever the server's cursor is, so a crash loses nothing.
 */
import type { PaymentStream } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import { createHttpClient, type HttpClient, type HttpClientOptions } from './http/http-client';
import { advanceExposerCursor, initialExposerCursor, pollOutcome, readExposerCursor } from './exposer-cursor';
import type { CdmSource, TransactionPage } from './source';
import { parseExposerBatch, parseExposerCompanies, parseExposerRates } from './wire/exposer-records';

/** Statuses a poll can end the data with (docs/cdm-api.md, "Dialect `exposer`"). */
const noDataStatuses = new Set([204, 404]);

export function exposerSourceOver(client: HttpClient): CdmSource {
  /** Streams already polled by this source (one source serves one run). */
  const polled = new Set<PaymentStream>();

  async function poll(stream: PaymentStream, signal: AbortSignal | undefined) {
    try {
      return await client.get(`/${stream}`, {
        signal,
        acceptStatus: (status) => (status >= 200 && status < 300) || noDataStatuses.has(status),
        read: (body, { status }) => (noDataStatuses.has(status) ? [] : parseExposerBatch(body, stream)),
      });
    } catch (cause) {
      // A server that hangs at the end of its data is one of the end signals the dialect allows.
      if (cause instanceof AppFailure && cause.code === 'source-timeout') return [];
      throw cause;
    }
  }

  return {
    dialect: 'exposer',
    async companies(signal) {
      return client.get('/company_info', { signal, read: parseExposerCompanies });
    },
    // One endpoint answers the whole list at once: a single page.
    async *companyPages(signal) {
      yield await client.get('/company_info', { signal, read: parseExposerCompanies });
    },
    async rates(signal) {
      return client.get('/exchange_rates', { signal, read: parseExposerRates });
    },
    async nextPage(stream, saved, signal): Promise<TransactionPage> {
      // The server's cursor may already be past periods that an earlier run fetched but never
      // committed (killed, cancelled, failed): a saved position cannot be trusted across runs. So the
      // first poll of each stream in a run starts a fresh pass, which reads one whole cycle from
      // wherever the server is now; only pages of this run continue from their own cursor.
      const cursor = polled.has(stream) ? readExposerCursor(saved) : initialExposerCursor;
      polled.add(stream);
      const records = await poll(stream, signal);
      const step = advanceExposerCursor(cursor, pollOutcome(records));
      return { records, cursor: step.cursor, endOfPass: step.endOfPass };
    },
    onRetry: (listener) => client.onRetry(listener),
    close: () => client.close(),
  };
}

export function createExposerSource(options: HttpClientOptions): CdmSource {
  return exposerSourceOver(createHttpClient(options));
}
