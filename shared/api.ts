/** The shape of `window.api` and of the services behind it, both derived from the contract. */
import type { MethodArgument, MethodInput, MethodName, MethodOutput } from './contract';
import type { Result } from './result';

export type Api = {
  readonly [M in MethodName]: undefined extends MethodInput<M>
    ? (argument?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
    : (argument: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/** What the main process implements: one function per method, receiving the validated argument. */
export type Services = {
  readonly [M in MethodName]: (argument: MethodArgument<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};
