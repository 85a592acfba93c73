/**
 * Exports through the query cache: one `report:export` mutation at a time (the main process asks
 * where to save), its progress polled from `report:status` while it runs, and the notice read from
 * the mutation's own state, so every view's notice shows the same export.
 */
import { useIsMutating, useMutationState, useQueryClient } from '@tanstack/react-query';
import type { ReportExportResult, ReportProgress, ReportWritten } from '../../../shared/reports';
import type { AppError } from '../../../shared/result';
import { appErrorOf } from './contract-call';
import { skipToken, useContractMutation, useContractQuery } from './hooks';

export type ExportNotice =
  | { readonly kind: 'running'; readonly progress: ReportProgress | null }
  | { readonly kind: 'saved'; readonly written: ReportWritten }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: AppError };

/** How often the notice asks for progress while an export runs. */
const pollMs = 250;
const exportKey = ['reportExport'];

export function useStartExport() {
  return useContractMutation('reportExport');
}

export function useExportRunning(): boolean {
  return useIsMutating({ mutationKey: exportKey }) > 0;
}

export function useExportNotice(): { readonly notice: ExportNotice | null; readonly dismiss: () => void } {
  const client = useQueryClient();
  const states = useMutationState({
    filters: { mutationKey: exportKey },
    select: (mutation) => mutation.state,
  });
  const last = states.at(-1);
  const running = last?.status === 'pending';
  const progress = useContractQuery('reportStatus', running ? undefined : skipToken, {
    refetchInterval: () => pollMs,
  }).data?.progress;
  const dismiss = () => {
    const cache = client.getMutationCache();
    for (const mutation of cache.findAll({ mutationKey: exportKey, status: 'success' }))
      cache.remove(mutation);
    for (const mutation of cache.findAll({ mutationKey: exportKey, status: 'error' })) cache.remove(mutation);
  };
  if (last === undefined || last.status === 'idle') return { notice: null, dismiss };
  if (last.status === 'pending') return { notice: { kind: 'running', progress: progress ?? null }, dismiss };
  if (last.status === 'error') return { notice: { kind: 'failed', error: appErrorOf(last.error) }, dismiss };
  const result = last.data as ReportExportResult;
  return {
    notice: result.status === 'saved' ? { kind: 'saved', written: result } : { kind: 'cancelled' },
    dismiss,
  };
}
