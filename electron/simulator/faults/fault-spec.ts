/**
 * The simulator's fault kinds and their rates, and the parser of the CLI's spec string
 * (`status5xx=0.05,reset=0.02,…`). Pure: used by the server, the worker and the CLI alike.
 */
import { AppFailure } from '../../../shared/result';

export const faultKinds = ['status5xx', 'reset', 'hang', 'slow', 'duplicate', 'truncate'] as const;
export type FaultKind = (typeof faultKinds)[number];

/** Probability per data request of each fault kind; missing kinds are off. */
export type FaultRates = Readonly<Partial<Record<FaultKind, number>>>;

function isFaultKind(name: string): name is FaultKind {
  return (faultKinds as readonly string[]).includes(name);
}

/**
 * Checks rates: each in [0,1], and together at most 1, because a request suffers at most one fault
 * (so each kind really occurs at its own configured rate).
 */
export function validateFaultRates(rates: FaultRates): FaultRates {
  let total = 0;
  for (const [kind, rate] of Object.entries(rates)) {
    if (!isFaultKind(kind)) {
      throw new AppFailure(
        'invalid-argument',
        `unknown fault kind '${kind}' (known: ${faultKinds.join(', ')})`,
      );
    }
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
      throw new AppFailure('invalid-argument', `fault rate of ${kind} must be a number between 0 and 1`);
    }
    total += rate;
  }
  if (total > 1 + 1e-9) {
    throw new AppFailure('invalid-argument', `fault rates add up to ${total}, more than 1`);
  }
  return rates;
}

/** Parses `kind=rate,kind=rate`; an empty spec means no faults. */
export function parseFaultSpec(spec: string): FaultRates {
  const rates: Partial<Record<FaultKind, number>> = {};
  const trimmed = spec.trim();
  if (trimmed === '') return rates;
  for (const part of trimmed.split(',')) {
    const match = /^\s*([A-Za-z0-9]+)\s*=\s*([^\s=]+)\s*$/.exec(part);
    if (match === null) {
      throw new AppFailure(
        'invalid-argument',
        `bad fault spec '${part.trim()}': expected kind=rate, e.g. reset=0.02`,
      );
    }
    const [, kind = '', text = ''] = match;
    if (!isFaultKind(kind)) {
      throw new AppFailure(
        'invalid-argument',
        `unknown fault kind '${kind}' (known: ${faultKinds.join(', ')})`,
      );
    }
    if (kind in rates) throw new AppFailure('invalid-argument', `fault kind '${kind}' is given twice`);
    const rate = /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
    if (!(rate >= 0 && rate <= 1)) {
      throw new AppFailure(
        'invalid-argument',
        `fault rate of ${kind} must be a number between 0 and 1 (got '${text}')`,
      );
    }
    rates[kind] = rate;
  }
  return validateFaultRates(rates);
}
