/**
 * The `exposer` dialect: five GET endpoints, query parameters ignored, and a server-side cursor per
 * source shared by every client. Each complete poll serves the next 5-day period and advances the
 * cursor; past the last period the configured end behaviour is served and the cursor starts over,
 * so the data cycles forever (docs/cdm-api.md).
 */
import type { PaymentStream } from '../../../shared/domain';
import type { SimDataset } from '../model';
import { periodStartMs } from '../model';
import type { Reply } from './reply';
import type { Route, Router } from './route';
import { exposerBatch, exposerCompanyInfo, exposerExchangeRates } from './wire-format';

export type ExposerEnd = 'empty' | '204' | '404' | 'hang' | 'wrap';
export const exposerEndModes: readonly ExposerEnd[] = ['empty', '204', '404', 'hang', 'wrap'];

export const exposerPeriodMs = 5 * 24 * 60 * 60 * 1000;

export interface ExposerOptions {
  readonly exposerEnd: ExposerEnd;
  /** Records per concatenated object (1,000 on the real exposer). */
  readonly chunkSize: number;
}

export const exposerNotFound: Reply = {
  status: 404,
  contentType: 'text/plain; charset=utf-8',
  body: '404 page not found\n',
};

function periodCount(dataset: SimDataset, source: PaymentStream): number {
  const span = dataset.span(source);
  if (span === null || span.lastMs < periodStartMs) return 0;
  return Math.floor((span.lastMs - periodStartMs) / exposerPeriodMs) + 1;
}

export function createExposerRouter(dataset: SimDataset, options: ExposerOptions): Router {
  // Index of the next period to serve, per source; shared by all clients as on the real exposer.
  const cursor: Record<PaymentStream, number> = { sepa: 0, swift: 0 };

  /** Moves the cursor from `from` to `to` unless a concurrent poll already did. */
  function advance(source: PaymentStream, from: number, to: number): () => void {
    return () => {
      if (cursor[source] === from) cursor[source] = to;
    };
  }

  function batchReply(source: PaymentStream, period: number, next: number, current: number): Reply {
    const fromMs = periodStartMs + period * exposerPeriodMs;
    const records = dataset.window(source, fromMs, fromMs + exposerPeriodMs);
    return {
      status: 200,
      contentType: 'application/json',
      body: exposerBatch(source, records, options.chunkSize),
      onComplete: advance(source, current, next),
    };
  }

  function poll(source: PaymentStream): Reply {
    const current = cursor[source];
    // Counted at each poll: a data set that grows between passes serves its new periods too.
    const count = periodCount(dataset, source);
    if (current < count) return batchReply(source, current, current + 1, current);
    switch (options.exposerEnd) {
      case 'wrap':
        return count > 0 ? batchReply(source, 0, 1, current) : batchReply(source, 0, 0, current);
      case 'empty':
        return {
          status: 200,
          contentType: 'application/json',
          body: exposerBatch(source, [], 1),
          onComplete: advance(source, current, 0),
        };
      case '204':
        return { status: 204, body: null, onComplete: advance(source, current, 0) };
      case '404':
        return { ...exposerNotFound, onComplete: advance(source, current, 0) };
      case 'hang':
        // The answer never comes; the cursor still starts over unless the poll was faulted.
        return { status: 200, body: null, hang: true, onComplete: advance(source, current, 0) };
    }
  }

  const routes: Record<string, Route> = {
    '/ping': {
      endpoint: '/ping',
      data: false,
      handle: () => ({ status: 200, contentType: 'application/json', body: '{"message":"pong"}' }),
    },
    '/company_info': {
      endpoint: '/company_info',
      data: true,
      handle: () => ({
        status: 200,
        contentType: 'application/json',
        body: exposerCompanyInfo(dataset.companies()),
      }),
    },
    '/exchange_rates': {
      endpoint: '/exchange_rates',
      data: true,
      handle: () => ({
        status: 200,
        contentType: 'application/json',
        body: exposerExchangeRates(dataset.rates()),
      }),
    },
    '/sepa': { endpoint: '/sepa', data: true, handle: () => poll('sepa') },
    '/swift': { endpoint: '/swift', data: true, handle: () => poll('swift') },
  };

  return (pathname) => routes[pathname.replace(/\/+$/, '') || '/'] ?? null;
}
