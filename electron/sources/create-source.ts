/**
 * The one way the app opens a CDM source: from a URL, optional credentials and settings, with the
 * dialect given or detected. Detection and the adapter share one HTTP client (one connection pool).
 */
import type { Dialect } from '../../shared/domain';
import { createHttpClient, type HttpClientOptions } from './http/http-client';
import { cdmApiSourceOver, checkPageLimit, defaultPageLimit } from './cdm-api-source';
import { detectDialect } from './detect-dialect';
import { exposerSourceOver } from './exposer-source';
import type { CdmSource } from './source';

export interface SourceOptions extends HttpClientOptions {
  /** 'auto' (default) detects the dialect with a few GETs. */
  readonly dialect?: 'auto' | Dialect;
  /** Records per page for cdm-api (default 5000, at most 10000); the exposer's batches are the server's. */
  readonly pageLimit?: number;
  /** Cancels detection. */
  readonly signal?: AbortSignal;
}

export async function createSource(options: SourceOptions): Promise<CdmSource> {
  const pageLimit = checkPageLimit(options.pageLimit ?? defaultPageLimit);
  const client = createHttpClient(options);
  try {
    const requested = options.dialect ?? 'auto';
    const dialect = requested === 'auto' ? await detectDialect(client, options.signal) : requested;
    return dialect === 'exposer' ? exposerSourceOver(client) : cdmApiSourceOver(client, { pageLimit });
  } catch (cause) {
    await client.close();
    throw cause;
  }
}
