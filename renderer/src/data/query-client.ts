/**
 * The renderer's one query cache (TanStack Query), keyed by contract method and argument. Figures
 * change only when a sync brings data or the analyst changes a setting, so answers stay fresh until
 * then: a sync that finishes invalidates every cached answer, in this one place.
 */
import { QueryCache, QueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../../shared/contract';
import type { SyncStatus } from '../../../shared/sync';

/** Methods whose answers change by themselves (progress, state): refetched, never kept fresh forever. */
export const liveMethods: ReadonlySet<MethodName> = new Set(['syncStatus', 'reportStatus', 'sourceList']);

export function methodOfKey(key: readonly unknown[]): MethodName | null {
  return typeof key[0] === 'string' ? (key[0] as MethodName) : null;
}

/** Drops every cached figure (they are refetched when shown): after a sync or a settings change. */
export function invalidateFigures(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => methodOfKey(query.queryKey) !== 'syncStatus' });
}

export function createQueryClient(): QueryClient {
  let lastSyncState: SyncStatus['state'] | null = null;
  let lastSummaryKey: string | null = null;
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onSuccess: (data, query) => {
        if (methodOfKey(query.queryKey) !== 'syncStatus') return;
        const status = data as SyncStatus;
        const summaryKey = status.lastSummary === null ? null : JSON.stringify(status.lastSummary);
        // A pass that ended (this session or before the window opened) may have brought new data.
        const ended = lastSyncState === 'running' && status.state !== 'running';
        const newSummary = lastSyncState !== null && summaryKey !== lastSummaryKey;
        lastSyncState = status.state;
        lastSummaryKey = summaryKey;
        if (ended || newSummary) void invalidateFigures(client);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        // Errors are answers with codes (not-found, invalid-argument): asking again changes nothing.
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
