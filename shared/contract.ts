/**
 * The IPC contract: every method the renderer may call, with the zod schema of its argument and
 * the type of its result. The preload, the main-process handler registration, the HTTP test host
 * and the renderer's client are all derived from this one object.
 */
import { z } from 'zod';
import type { AppInfo } from './app-info';

export interface MethodSpec<Input extends z.ZodType, Output> {
  readonly channel: `${string}:${string}`;
  readonly input: Input;
  /** Phantom field: carries the result type only, never read at run time. */
  readonly output?: Output;
}

function method<Input extends z.ZodType, Output>(
  channel: `${string}:${string}`,
  input: Input,
): MethodSpec<Input, Output> {
  return { channel, input };
}

const noArgument = z.object({}).strict().optional();

export const contract = {
  appInfo: method<typeof noArgument, AppInfo>('app:info', noArgument),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodArgument<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
