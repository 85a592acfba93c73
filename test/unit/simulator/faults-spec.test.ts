/** The fault spec parser and the seeded fault plan, without any server. */
import { describe, expect, it } from 'vitest';
import { createFaultPlan } from '../../../electron/simulator/faults/fault-plan';
import type { FaultKind } from '../../../electron/simulator/faults/fault-spec';
import { faultKinds, parseFaultSpec } from '../../../electron/simulator/faults/fault-spec';
import { AppFailure } from '../../../shared/result';

function failure(run: () => unknown): AppFailure {
  try {
    run();
  } catch (cause) {
    if (cause instanceof AppFailure) return cause;
    throw cause;
  }
  throw new Error('expected a failure');
}

describe('parseFaultSpec', () => {
  it('parses the documented spec string', () => {
    expect(
      parseFaultSpec('status5xx=0.05,reset=0.02,hang=0.01,slow=0.05,duplicate=0.05,truncate=0.01'),
    ).toEqual({
      status5xx: 0.05,
      reset: 0.02,
      hang: 0.01,
      slow: 0.05,
      duplicate: 0.05,
      truncate: 0.01,
    });
  });

  it('accepts spaces, 0, 1 and an empty spec', () => {
    expect(parseFaultSpec(' reset = 1 , hang=0 ')).toEqual({ reset: 1, hang: 0 });
    expect(parseFaultSpec('')).toEqual({});
  });

  it.each([
    ['explode=0.1', /unknown fault kind 'explode'/],
    ['reset=1.5', /between 0 and 1/],
    ['reset=-0.1', /between 0 and 1/],
    ['reset=abc', /between 0 and 1/],
    ['reset', /expected kind=rate/],
    ['reset=0.1,,hang=0.1', /expected kind=rate/],
    ['reset=0.1,reset=0.2', /given twice/],
    ['reset=0.6,hang=0.6', /more than 1/],
  ])('rejects %s with a one-line invalid-argument reason', (spec, message) => {
    const error = failure(() => parseFaultSpec(spec));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});

describe('createFaultPlan', () => {
  const rates = { status5xx: 0.05, reset: 0.02, hang: 0.01, slow: 0.05, duplicate: 0.05, truncate: 0.01 };

  it('injects each kind at its rate within ±4 binomial standard deviations over 20,000 decisions', () => {
    const n = 20_000;
    const plan = createFaultPlan(rates, 42);
    const counts = Object.fromEntries(faultKinds.map((k) => [k, 0])) as Record<FaultKind, number>;
    for (let i = 0; i < n; i += 1) {
      const kind = plan.next().kind;
      if (kind !== null) counts[kind] += 1;
    }
    for (const kind of faultKinds) {
      const p = rates[kind];
      const sigma = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(counts[kind] - n * p), kind).toBeLessThanOrEqual(4 * sigma);
    }
  });

  it('repeats the same decisions for the same seed and differs for another seed', () => {
    const run = (seed: number): string[] => {
      const plan = createFaultPlan(rates, seed);
      return Array.from({ length: 500 }, () => {
        const d = plan.next();
        return `${d.kind ?? '-'}:${d.a}:${d.b}`;
      });
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('never injects a fault when no rates are given', () => {
    const plan = createFaultPlan({}, 1);
    expect(Array.from({ length: 1000 }, () => plan.next().kind).every((k) => k === null)).toBe(true);
  });
});
