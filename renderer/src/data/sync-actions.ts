/**
 * What the analyst does to sources and syncs: each action a contract mutation that refreshes the
 * sync status (and the source list) at once, so the status bar shows it starting.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/contract';
import type { SourceInfo } from '../../../shared/sync';
import { callContract, type ContractError } from './contract-call';
import { useContractMutation } from './hooks';

const syncMethods = ['syncStatus', 'sourceList', 'appInfo'] as const;

export function useSyncNow() {
  return useContractMutation('syncStart', { invalidates: syncMethods });
}

export function useSyncCancel() {
  return useContractMutation('syncCancel', { invalidates: syncMethods });
}

export function useStartDemo() {
  return useContractMutation('demoStart', { invalidates: syncMethods });
}

/** Adds a source (the service tests it first), then starts syncing it. */
export function useAddSourceAndSync() {
  const client = useQueryClient();
  return useMutation<SourceInfo, ContractError, MethodInput<'sourceAdd'>>({
    mutationKey: ['sourceAdd', 'sync'],
    mutationFn: async (request) => {
      const added = await callContract('sourceAdd', request);
      return callContract('syncStart', { sourceId: added.sourceId });
    },
    onSettled: () =>
      Promise.all(syncMethods.map((method) => client.invalidateQueries({ queryKey: [method] }))),
  });
}

export function useSourceTest() {
  return useContractMutation('sourceTest');
}

export function useSourceAdd() {
  return useContractMutation('sourceAdd', { invalidates: syncMethods });
}

export function useSourceUpdate() {
  return useContractMutation('sourceUpdate', { invalidates: syncMethods });
}

export function useSourceRemove() {
  return useContractMutation('sourceRemove', { invalidates: syncMethods });
}
