/** Builds the `window.api` object from the contract over any invoke function (IPC, or a fake in tests). */
import { contract, methodNames } from '../../shared/contract';
import type { Api } from '../../shared/api';

export type Invoke = (channel: string, argument: unknown) => Promise<unknown>;

export function buildApi(invoke: Invoke): Api {
  const api: Record<string, (argument?: unknown) => Promise<unknown>> = {};
  for (const name of methodNames) {
    const { channel } = contract[name];
    api[name] = (argument?: unknown) => invoke(channel, argument);
  }
  return Object.freeze(api) as unknown as Api;
}
