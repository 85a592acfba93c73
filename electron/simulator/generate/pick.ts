/** Weighted and distinct random picks on top of the simulator's PRNG. */
import type { Prng } from '../prng';

/** A table for picking index i with probability weight[i] / Σ weights (binary search on sums). */
export class WeightedPick {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new RangeError('weights must have a positive sum');
    this.total = sum;
  }

  pick(prng: Prng): number {
    const target = prng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** k distinct values drawn from `pool` (all of it when k >= pool.length), in draw order. */
export function sampleDistinct(prng: Prng, pool: readonly number[], k: number): number[] {
  if (k >= pool.length) return [...pool];
  if (k * 2 > pool.length) {
    const copy = [...pool];
    for (let i = 0; i < k; i += 1) {
      const j = i + prng.int(copy.length - i);
      const swap = copy[i] ?? 0;
      copy[i] = copy[j] ?? 0;
      copy[j] = swap;
    }
    return copy.slice(0, k);
  }
  const chosen = new Set<number>();
  const out: number[] = [];
  while (out.length < k) {
    const value = pool[prng.int(pool.length)] ?? 0;
    if (!chosen.has(value)) {
      chosen.add(value);
      out.push(value);
    }
  }
  return out;
}

/**
 * Splits `total` into integer parts proportional to integer `weights` that sum exactly to `total`
 * (largest remainder, ties to the lower index). Integer arithmetic only, so identical everywhere.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
