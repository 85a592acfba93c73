/**
 * One call through `window.api` by method name: the answer's value, or a ContractError carrying the
 * service's typed error. A transport that throws becomes an `internal` error, never an unhandled crash.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { AppError, Result } from '../../../shared/result';
import { getApi } from '../api/client';

export class ContractError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'ContractError';
    this.error = error;
  }
}

export async function callContract<M extends MethodName>(
  name: M,
  argument: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const method = getApi()[name] as (argument?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
  let answer: Result<MethodOutput<M>>;
  try {
    answer = await method(argument);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ContractError({
      code: 'internal',
      message: `The app could not reach its services: ${message}`,
    });
  }
  if (!answer.ok) throw new ContractError(answer.error);
  return answer.value;
}

/** The typed error of a failed call, whatever was thrown. */
export function appErrorOf(cause: unknown): AppError {
  if (cause instanceof ContractError) return cause.error;
  return { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) };
}
