/**
 * The typed hooks every view loads through, derived from the contract: `useContractQuery(method,
 * argument)` answers the method's result type for that argument, cached under [method, argument];
 * `useContractMutation(method)` changes something and invalidates what it makes stale. An answer
 * belongs to its key, so a slow answer to an older argument can never show under a newer one.
 */
import {
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { idle, loading, type Load } from '../store/load';
import { callContract, type ContractError } from './contract-call';
import { invalidateFigures, liveMethods } from './query-client';

export { skipToken };
export type Skip = typeof skipToken;

export function contractKey<M extends MethodName>(name: M, argument: MethodInput<M>): readonly unknown[] {
  return [name, argument ?? null];
}

export interface ContractQueryOptions<M extends MethodName> {
  /**
   * Keep showing the previous argument's answer while the new one loads (a new range or currency),
   * but only when this says the previous argument is close enough (e.g. the same company).
   */
  readonly keepPrevious?: (previous: MethodInput<M>) => boolean;
  /** Milliseconds between refetches, or false, decided from the last answer. */
  readonly refetchInterval?: (data: MethodOutput<M> | undefined, failed: boolean) => number | false;
}

export type ContractQuery<M extends MethodName> = UseQueryResult<MethodOutput<M>, ContractError>;

export function useContractQuery<M extends MethodName>(
  name: M,
  argument: MethodInput<M> | Skip,
  options: ContractQueryOptions<M> = {},
): ContractQuery<M> {
  const { keepPrevious, refetchInterval } = options;
  return useQuery<MethodOutput<M>, ContractError, MethodOutput<M>>({
    queryKey: argument === skipToken ? [name, 'skipped'] : contractKey(name, argument),
    queryFn: argument === skipToken ? skipToken : () => callContract(name, argument),
    ...(liveMethods.has(name) ? { staleTime: 0 } : {}),
    ...(keepPrevious === undefined
      ? {}
      : {
          placeholderData: (previous, previousQuery) =>
            previousQuery !== undefined && keepPrevious(previousQuery.queryKey[1] as MethodInput<M>)
              ? previous
              : undefined,
        }),
    ...(refetchInterval === undefined
      ? {}
      : {
          refetchInterval: (query) => refetchInterval(query.state.data, query.state.status === 'error'),
        }),
  });
}

/** A query as the panels' Load: failed, ready (possibly the previous answer while reloading), or loading. */
export function loadOf<T>(query: UseQueryResult<T, ContractError>): Load<T> {
  if (query.status === 'error') return { status: 'failed', error: query.error.error };
  if (query.data !== undefined) return { status: 'ready', value: query.data };
  return query.fetchStatus === 'idle' ? idle : loading;
}

export interface ContractMutationOptions<M extends MethodName> {
  /** What the change makes stale: listed methods, or every figure (a setting, a new source). */
  readonly invalidates?: readonly MethodName[] | 'figures';
  readonly onSuccess?: (value: MethodOutput<M>, argument: MethodInput<M>) => void;
}

export type ContractMutation<M extends MethodName> = UseMutationResult<
  MethodOutput<M>,
  ContractError,
  MethodInput<M>
>;

export function useContractMutation<M extends MethodName>(
  name: M,
  options: ContractMutationOptions<M> = {},
): ContractMutation<M> {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, ContractError, MethodInput<M>>({
    mutationKey: [name],
    mutationFn: (argument) => callContract(name, argument),
    onSuccess: async (value, argument) => {
      const { invalidates } = options;
      if (invalidates === 'figures') await invalidateFigures(client);
      else if (invalidates !== undefined)
        await Promise.all(invalidates.map((method) => client.invalidateQueries({ queryKey: [method] })));
      options.onSuccess?.(value, argument);
    },
  });
}
