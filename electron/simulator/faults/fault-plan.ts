/**
 * Decides, per data request, which fault (if any) the simulator injects. A seeded PRNG makes the
 * sequence of decisions reproducible for a fixed seed and request order; every decision draws the
 * same number of random values, so one request's fault never shifts the next one's.
 */
import type { FaultKind, FaultRates } from './fault-spec';
import { faultKinds, validateFaultRates } from './fault-spec';
import { seededRandom } from '../prng';

export interface FaultDecision {
  readonly kind: FaultKind | null;
  /** Two extra uniform draws in [0,1) for the fault's details (status code, cut point…). */
  readonly a: number;
  readonly b: number;
}

export interface FaultPlan {
  next(): FaultDecision;
}

export function createFaultPlan(rates: FaultRates, seed: number): FaultPlan {
  validateFaultRates(rates);
  const random = seededRandom(seed);
  const ordered = faultKinds
    .map((kind) => ({ kind, rate: rates[kind] ?? 0 }))
    .filter((entry) => entry.rate > 0);
  return {
    next(): FaultDecision {
      const u = random();
      const a = random();
      const b = random();
      let cumulative = 0;
      for (const entry of ordered) {
        cumulative += entry.rate;
        if (u < cumulative) return { kind: entry.kind, a, b };
      }
      return { kind: null, a, b };
    },
  };
}
