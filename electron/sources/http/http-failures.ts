/**
 * The sentences a user sees when talking to a CDM API fails, one per situation, each with its
 * stable code. Kept together so the wording stays consistent across dialects.
 */
import { formatBytes } from '../../../shared/format';
import { AppFailure } from '../../../shared/result';

/** A failed attempt that another attempt may fix. */
export interface TransientFault {
  readonly kind: 'timeout' | 'reset' | 'status' | 'unreadable';
  readonly detail: string;
  /** The wait the server asked for (`Retry-After`), capped; null for the client's own backoff. */
  readonly retryAfterMs: number | null;
}

/** The server's own explanation in an error body (`{"error":"…"}`), if it gave one. */
function errorText(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'error' in parsed &&
      typeof parsed.error === 'string'
    ) {
      return parsed.error;
    }
  } catch {
    // Not JSON: no explanation to quote.
  }
  return null;
}

export function httpFailures(origin: string, hasCredentials: boolean) {
  return {
    cancelled: (cause?: unknown) =>
      new AppFailure('cancelled', `The request to the CDM API at ${origin} was cancelled.`, { cause }),
    unreachable: (detail: string, cause?: unknown) =>
      new AppFailure('source-unreachable', `Cannot reach the CDM API at ${origin}: ${detail}.`, { cause }),
    unauthorized: (status: number) =>
      new AppFailure(
        'unauthorized',
        hasCredentials
          ? `The CDM API at ${origin} refused the configured credentials (HTTP ${status}).`
          : `The CDM API at ${origin} requires credentials (HTTP ${status}); set a token or a user and password.`,
      ),
    notACdmApi: (detail: string) =>
      new AppFailure(
        'not-a-cdm-api',
        `The server at ${origin} answers, but it is not a CDM API (${detail}).`,
      ),
    tooLarge: (path: string, limit: number) =>
      new AppFailure(
        'bad-response',
        `The CDM API at ${origin} sent more than ${formatBytes(limit)} for ${path}, more than any page can hold; it was not read.`,
      ),
    htmlPage: (path: string, cause?: unknown) =>
      new AppFailure(
        'not-a-cdm-api',
        `The server at ${origin} answered GET ${path} with an HTML page, not CDM data.`,
        {
          cause,
        },
      ),
    refusedStatus: (path: string, status: number, body: string) => {
      if (status === 404) {
        return new AppFailure(
          'not-a-cdm-api',
          `The server at ${origin} has no ${path} endpoint (HTTP 404), so it is not the CDM API expected.`,
        );
      }
      const reason = errorText(body);
      return new AppFailure(
        'bad-response',
        `The CDM API at ${origin} refused GET ${path} with HTTP ${status}${reason === null ? '' : `: ${reason}`}.`,
      );
    },
    gaveUp: (path: string, fault: TransientFault, attempts: number) => {
      switch (fault.kind) {
        case 'timeout':
          return new AppFailure(
            'source-timeout',
            `The CDM API at ${origin} did not answer GET ${path} in time (${attempts} attempts).`,
          );
        case 'reset':
          return new AppFailure(
            'source-unreachable',
            `The CDM API at ${origin} kept dropping the connection during GET ${path} (${attempts} attempts).`,
          );
        case 'status':
          return new AppFailure(
            'source-unreachable',
            `The CDM API at ${origin} kept answering ${fault.detail} to GET ${path} (${attempts} attempts).`,
          );
        case 'unreadable':
          return new AppFailure(
            'bad-response',
            `The CDM API at ${origin} sent an unreadable answer to GET ${path} (${attempts} attempts): ${fault.detail}.`,
          );
      }
    },
  };
}
