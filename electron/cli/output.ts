/** How the CLI prints: JSON or text on stdout, one-line reasons with their code on stderr. */
import { AppFailure, toAppError } from '../../shared/result';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints one line for any failure and returns the exit code to use. */
export function reportFailure(cause: unknown): number {
  const error = toAppError(cause);
  process.stderr.write(`cashflow: ${error.message} [${error.code}]\n`);
  return cause instanceof AppFailure && cause.code === 'invalid-argument' ? 2 : 1;
}

/** Parses an option that must be one of a fixed set, failing with a one-line reason. */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AppFailure('invalid-argument', `--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
}

export function positiveInteger(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0) {
    throw new AppFailure('invalid-argument', `--${name} must be a non-negative integer (got '${value}')`);
  }
  return parsed;
}
