/** A mutation's state as the views' Load: idle before the first try, then loading, ready or failed. */
import type { UseMutationResult } from '@tanstack/react-query';
import { idle, loading, type Load } from '../store/load';
import type { ContractError } from './contract-call';

export function mutationLoad<T, V>(mutation: UseMutationResult<T, ContractError, V>): Load<T> {
  if (mutation.status === 'pending') return loading;
  if (mutation.status === 'error') return { status: 'failed', error: mutation.error.error };
  if (mutation.status === 'success') return { status: 'ready', value: mutation.data };
  return idle;
}
