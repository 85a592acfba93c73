/**
 * Which dialect a URL speaks (docs/cdm-api.md, "Dialect detection"): `/ping` answering pong
 * is the exposer; an OpenAPI document at `/apidocs.json` or a JSON array at `/exchange-rates` is
 * cdm-api; anything else answering is not a CDM API. Refusals (401/403) and unreachable hosts fail
 * with their own codes from the HTTP client.
 */
import type { Dialect } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import type { HttpClient, ResponseInfo } from './http/http-client';

/** Any status except those the client handles itself (auth refusals, 429/5xx retries). */
const anyAnswer = (status: number) => status < 500;

function jsonOrNull(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

function isPong(body: string, { status }: ResponseInfo): boolean {
  const value = jsonOrNull(body);
  return (
    status === 200 &&
    typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    value.message === 'pong'
  );
}

function isOpenApi(body: string, { status }: ResponseInfo): boolean {
  const value = jsonOrNull(body);
  return (
    status === 200 && typeof value === 'object' && value !== null && ('openapi' in value || 'paths' in value)
  );
}

function isRateArray(body: string, { status, contentType }: ResponseInfo): boolean {
  if (status !== 200) return false;
  try {
    return Array.isArray(JSON.parse(body));
  } catch (cause) {
    // Unreadable JSON from an endpoint that says it sends JSON is a cut-short answer: retry it.
    if (/json/i.test(contentType)) throw cause;
    return false;
  }
}

export async function detectDialect(client: HttpClient, signal?: AbortSignal): Promise<Dialect> {
  if (await client.get('/ping', { signal, acceptStatus: anyAnswer, read: isPong })) return 'exposer';
  if (await client.get('/apidocs.json', { signal, acceptStatus: anyAnswer, read: isOpenApi }))
    return 'cdm-api';
  if (await client.get('/exchange-rates', { signal, acceptStatus: anyAnswer, read: isRateArray }))
    return 'cdm-api';
  throw new AppFailure(
    'not-a-cdm-api',
    `The server at ${client.origin} answers, but it is not a CDM API (no pong at /ping and no API document at /apidocs.json).`,
  );
}
