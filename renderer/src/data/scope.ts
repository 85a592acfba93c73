/**
 * Changing a source's portfolio (its scope) and dropping what left it. A saved scope changes which
 * companies have figures and which search hits are in scope, so every cached answer goes stale;
 * companies it added get their history from a sync, started at once when none is running.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SourceInfo } from '../../../shared/sync';
import { scopeGained, type ScopeRequest } from '../search/portfolio-scope';
import { callContract, type ContractError } from './contract-call';
import { useContractMutation } from './hooks';
import { invalidateFigures } from './query-client';

export interface ScopeChange {
  readonly source: SourceInfo;
  readonly scope: ScopeRequest;
}

export interface ScopeSaved {
  readonly source: SourceInfo;
  /** True when a sync started to fetch the history of companies the scope gained. */
  readonly syncing: boolean;
}

/** Saves a source's scope (the address and token stay), then syncs the companies it gained. */
export function useScopeSave() {
  const client = useQueryClient();
  return useMutation<ScopeSaved, ContractError, ScopeChange>({
    mutationKey: ['sourceUpdate', 'scope'],
    mutationFn: async ({ source, scope }) => {
      // The address, dialect and token stay as stored; only the scope changes.
      const { sourceId, url, dialect } = source;
      const saved = await callContract('sourceUpdate', { sourceId, url, dialect, scope });
      if (!scopeGained(source.scope, scope)) return { source: saved, syncing: false };
      // Another source's sync may be running: then the next pass brings the history instead.
      const syncing = await callContract('syncStart', { sourceId: source.sourceId }).then(
        () => true,
        () => false,
      );
      return { source: saved, syncing };
    },
    onSettled: () =>
      Promise.all([invalidateFigures(client), client.invalidateQueries({ queryKey: ['syncStatus'] })]),
  });
}

/** Deletes the stored transactions of companies taken out of a source's scope. */
export function useScopeDrop() {
  return useContractMutation('sourceScopeDrop', { invalidates: 'figures' });
}
