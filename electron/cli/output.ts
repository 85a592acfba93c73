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

/**
 * A whole number written in plain decimal digits, at least `minimum`: '', ' ', '0x10', '1e3', '2.0'
 * and '-1' are refused rather than read as 0, 16 or 1000.
 */
export function integerOption(name: string, value: string, minimum = 0): number {
  const parsed = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < minimum) {
    throw new AppFailure(
      'invalid-argument',
      `--${name} must be a whole number of at least ${minimum} (got '${value}')`,
    );
  }
  return parsed;
}

export function positiveInteger(name: string, value: string): number {
  return integerOption(name, value, 0);
}
