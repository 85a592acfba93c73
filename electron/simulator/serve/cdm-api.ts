/**
 * The `cdm-api` dialect: plain JSON arrays with keyset pagination. A page never ends inside a
 * group of records sharing the key (the dataset guarantees it), so "strictly after the last key"
 * loses nothing. The `duplicate` fault serves a page that starts a little before the key.
 */
import type { PaymentStream } from '../../../shared/domain';
import type { FaultDecision } from '../faults/fault-plan';
import type { SimDataset, SimTransaction } from '../model';
import type { TransactionQuery } from './cdm-api-params';
import { BadParameter, parseCompanyQuery, parseTransactionQuery } from './cdm-api-params';
import { openApiDocument } from './openapi';
import type { Reply } from './reply';
import { jsonReply } from './reply';
import type { Route, Router } from './route';
import { cdmCompany, cdmRates, cdmTransaction } from './wire-format';

export const cdmNotFound: Reply = jsonReply(404, { error: 'not found' });

/** Turns a parameter error into the API's 400 answer; other errors propagate (500). */
function guarded(build: () => Reply): Reply {
  try {
    return build();
  } catch (cause) {
    if (cause instanceof BadParameter) return jsonReply(400, { error: cause.message });
    throw cause;
  }
}

/** How far before the key an overlapping (duplicate-fault) page starts. */
function overlapKey(query: TransactionQuery, draw: number): TransactionQuery['key'] {
  const key = query.key;
  switch (key.kind) {
    case 'start':
      return key;
    case 'id':
      return { kind: 'id', afterId: Math.max(-1, key.afterId - 1 - Math.floor(draw * 50)) };
    case 'time':
      // The empty uuid sorts before every uuid, so the page also repeats the key's own instant.
      return { kind: 'time', afterMs: key.afterMs - Math.floor(draw * 60_000), afterUuid: '' };
  }
}

/** Whether a record sorts at or before the key (so a client has already seen it). */
function notAfter(record: SimTransaction, key: TransactionQuery['key']): boolean {
  switch (key.kind) {
    case 'start':
      return false;
    case 'id':
      return record.idNum <= key.afterId;
    case 'time':
      return record.tsMs < key.afterMs || (record.tsMs === key.afterMs && record.id <= key.afterUuid);
  }
}

/**
 * A few records from before the key, to put in front of the real page: the page then starts
 * earlier and overlaps the previous one but still ends where it would, so clients keep progressing.
 */
function overlap(
  dataset: SimDataset,
  source: PaymentStream,
  query: TransactionQuery,
  draw: number,
): SimTransaction[] {
  const earlier = page(dataset, source, { ...query, limit: 64 }, overlapKey(query, draw));
  const seen = earlier.filter((record) => notAfter(record, query.key));
  return seen.slice(-(1 + Math.floor(draw * 10)));
}

function page(
  dataset: SimDataset,
  source: PaymentStream,
  query: TransactionQuery,
  key: TransactionQuery['key'],
): SimTransaction[] {
  switch (key.kind) {
    case 'start':
      return dataset.idKind === 'int'
        ? dataset.pageAfterId(source, -1, query.limit, query.filter)
        : dataset.pageAfterKey(source, Number.MIN_SAFE_INTEGER, '', query.limit, query.filter);
    case 'id':
      return dataset.pageAfterId(source, key.afterId, query.limit, query.filter);
    case 'time':
      return dataset.pageAfterKey(source, key.afterMs, key.afterUuid, query.limit, query.filter);
  }
}

export function createCdmApiRouter(dataset: SimDataset): Router {
  function transactions(source: PaymentStream): Route {
    return {
      endpoint: `/transactions/${source}`,
      data: true,
      handle: (fault: FaultDecision | null, params: URLSearchParams) =>
        guarded(() => {
          const query = parseTransactionQuery(params, source, dataset.idKind);
          const records = page(dataset, source, query, query.key);
          if (fault?.kind === 'duplicate') records.unshift(...overlap(dataset, source, query, fault.a));
          return jsonReply(
            200,
            records.map((record) => cdmTransaction(record, dataset.idKind)),
          );
        }),
    };
  }

  const fixed: Record<string, Route> = {
    '/apidocs.json': {
      endpoint: '/apidocs.json',
      data: false,
      handle: () => jsonReply(200, openApiDocument(dataset.idKind)),
    },
    '/exchange-rates': {
      endpoint: '/exchange-rates',
      data: true,
      handle: () => jsonReply(200, cdmRates(dataset.rates())),
    },
    '/companies': {
      endpoint: '/companies',
      data: true,
      handle: (_fault, params) =>
        guarded(() => {
          const { limit, afterId } = parseCompanyQuery(params);
          const all = dataset.companies();
          const after = all.filter((company) => afterId === null || company.companyId > afterId);
          after.sort((x, y) => x.companyId - y.companyId);
          return jsonReply(200, after.slice(0, limit).map(cdmCompany));
        }),
    },
    '/transactions/sepa': transactions('sepa'),
    '/transactions/swift': transactions('swift'),
  };

  return (pathname) => {
    const path = pathname.replace(/\/+$/, '') || '/';
    const direct = fixed[path];
    if (direct !== undefined) return direct;
    const match = /^\/companies\/([^/]+)$/.exec(path);
    if (match === null) return null;
    const text = match[1] ?? '';
    return {
      endpoint: '/companies/{id}',
      data: true,
      handle: () => {
        const id = /^\d+$/.test(text) ? Number(text) : Number.NaN;
        if (!Number.isSafeInteger(id))
          return jsonReply(400, { error: `company id must be a non-negative integer (got '${text}')` });
        const company = dataset.company(id);
        return company === undefined ? cdmNotFound : jsonReply(200, cdmCompany(company));
      },
    };
  };
}
