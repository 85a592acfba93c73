/**
 * The frame's shared queries: app info (whether there is data, the database's size) and the sync's
 * status, polled fast while a sync runs and slowly otherwise. Where this window cannot sync (the
 * service answers with an error) polling stops.
 */
import type { AppError } from '../../../shared/result';
import { useContractQuery } from './hooks';

const runningPollMs = 1000;
const idlePollMs = 15_000;

export function useAppInfo() {
  return useContractQuery('appInfo', undefined);
}

export type DataPresence =
  | { readonly status: 'checking' }
  | { readonly status: 'present' }
  | { readonly status: 'absent' | 'failed'; readonly error: AppError };

const noDataYet: AppError = {
  code: 'not-found',
  message: 'No data yet: connect a CDM source or start the demo data first.',
};

/** Whether anything has been synced, from `appInfo.hasData`. */
export function useDataPresence(): DataPresence {
  const info = useAppInfo();
  if (info.status === 'error') return { status: 'failed', error: info.error.error };
  if (info.data === undefined) return { status: 'checking' };
  if (info.data.dataProblem !== null) return { status: 'failed', error: info.data.dataProblem };
  return info.data.hasData ? { status: 'present' } : { status: 'absent', error: noDataYet };
}

export function useSyncStatus() {
  return useContractQuery('syncStatus', undefined, {
    refetchInterval: (status, failed) =>
      failed ? false : status?.state === 'running' ? runningPollMs : idlePollMs,
  });
}
