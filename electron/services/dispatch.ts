/**
 * One call through the contract, transport-agnostic: validate the argument with the method's
 * schema, run the service, and answer a Result. Used by the Electron IPC handlers and by the
 * HTTP test host, so both transports behave identically.
 */
import { contract, type MethodName, type MethodOutput } from '../../shared/contract';
import type { Services } from '../../shared/api';
import { err, ok, toAppError, type Result } from '../../shared/result';

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export async function dispatch<M extends MethodName>(
  services: Services,
  name: M,
  rawArgument: unknown,
): Promise<Result<MethodOutput<M>>> {
  const parsed = contract[name].input.safeParse(rawArgument);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return err(
      'invalid-argument',
      `Invalid argument for ${contract[name].channel}${where}: ${issue?.message ?? 'rejected'}`,
    );
  }
  try {
    const handler = services[name] as (argument: unknown) => Promise<MethodOutput<M>> | MethodOutput<M>;
    return ok(await handler(parsed.data));
  } catch (cause) {
    return { ok: false, error: toAppError(cause) };
  }
}
