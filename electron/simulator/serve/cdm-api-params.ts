/**
 * Validation of the cdm-api's query parameters. Anything unexpected is a 400 with a JSON error
 * sentence, so a client bug shows at once instead of as a silently ignored parameter.
 */
import type { IdKind, PartyFilter } from '../model';

export const defaultLimit = 5000;
export const maxLimit = 10_000;

export class BadParameter extends Error {}

const uuidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const rfc3339Pattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function checkKnown(query: URLSearchParams, allowed: readonly string[]): void {
  for (const name of new Set(query.keys())) {
    if (!allowed.includes(name))
      throw new BadParameter(`unknown parameter '${name}' (allowed: ${allowed.join(', ')})`);
    if (query.getAll(name).length > 1) throw new BadParameter(`parameter '${name}' is given more than once`);
  }
}

function integer(name: string, text: string, min: number, max: number): number {
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BadParameter(`'${name}' must be an integer from ${min} to ${max} (got '${text}')`);
  }
  return value;
}

export function parseLimit(query: URLSearchParams): number {
  const text = query.get('limit');
  return text === null ? defaultLimit : integer('limit', text, 1, maxLimit);
}

/** `after-id` for the company list: absent means from the start. */
export function parseCompanyQuery(query: URLSearchParams): { limit: number; afterId: number | null } {
  checkKnown(query, ['limit', 'after-id']);
  const text = query.get('after-id');
  return {
    limit: parseLimit(query),
    afterId: text === null ? null : integer('after-id', text, -1, Number.MAX_SAFE_INTEGER),
  };
}

export type TransactionKey =
  | { readonly kind: 'start' }
  | { readonly kind: 'id'; readonly afterId: number }
  | { readonly kind: 'time'; readonly afterMs: number; readonly afterUuid: string };

export interface TransactionQuery {
  readonly limit: number;
  readonly key: TransactionKey;
  readonly filter: PartyFilter;
}

/** Filter parameter names per source: [payer side, beneficiary side]. */
export const filterNames = { sepa: ['payer', 'receiver'], swift: ['sender', 'beneficiary'] } as const;

export function parseTransactionQuery(
  query: URLSearchParams,
  source: 'sepa' | 'swift',
  idKind: IdKind,
): TransactionQuery {
  const [payerName, beneficiaryName] = filterNames[source];
  checkKnown(query, ['limit', 'after-id', 'after-timestamp', 'after-uuid', payerName, beneficiaryName]);
  const afterId = query.get('after-id');
  const afterTimestamp = query.get('after-timestamp');
  const afterUuid = query.get('after-uuid');
  let key: TransactionKey = { kind: 'start' };
  if (idKind === 'int') {
    if (afterTimestamp !== null || afterUuid !== null) {
      throw new BadParameter(
        "this server has integer ids: page with 'after-id', not 'after-timestamp'/'after-uuid'",
      );
    }
    if (afterId !== null)
      key = { kind: 'id', afterId: integer('after-id', afterId, -1, Number.MAX_SAFE_INTEGER) };
  } else {
    if (afterId !== null)
      throw new BadParameter(
        "this server has uuid ids: page with 'after-timestamp' and 'after-uuid', not 'after-id'",
      );
    if ((afterTimestamp === null) !== (afterUuid === null)) {
      throw new BadParameter("'after-timestamp' and 'after-uuid' must be given together");
    }
    if (afterTimestamp !== null && afterUuid !== null) {
      const afterMs = rfc3339Pattern.test(afterTimestamp) ? Date.parse(afterTimestamp) : Number.NaN;
      if (Number.isNaN(afterMs))
        throw new BadParameter(`'after-timestamp' must be an RFC 3339 time (got '${afterTimestamp}')`);
      if (!uuidPattern.test(afterUuid))
        throw new BadParameter(`'after-uuid' must be a uuid (got '${afterUuid}')`);
      key = { kind: 'time', afterMs, afterUuid: afterUuid.toLowerCase() };
    }
  }
  const filter: { payer?: string; beneficiary?: string } = {};
  for (const [name, field] of [
    [payerName, 'payer'],
    [beneficiaryName, 'beneficiary'],
  ] as const) {
    const value = query.get(name);
    if (value === null) continue;
    if (value.trim() === '') throw new BadParameter(`'${name}' must not be empty`);
    filter[field] = value;
  }
  return { limit: parseLimit(query), key, filter };
}
