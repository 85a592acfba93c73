/**
 * A small seeded PRNG (sfc32) for the simulator's record stream. It uses only 32-bit integer
 * operations, so the same seed gives the same numbers on every machine and Node version, and it is
 * far faster than faker for the millions of draws a large setting needs.
 */

export interface Prng {
  /** A uniform 32-bit unsigned integer. */
  nextU32(): number;
  /** A uniform float in [0, 1). */
  next(): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** Mixes a 32-bit value (splitmix-style finaliser); used to derive independent seeds. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** An sfc32 generator seeded from a base seed and a stream label (so streams are independent). */
export function createPrng(seed: number, stream: string): Prng {
  let h = mix32(seed >>> 0) ^ mix32(Math.floor(seed / 0x1_0000_0000));
  for (let i = 0; i < stream.length; i += 1) h = mix32(h ^ stream.charCodeAt(i));
  let a = mix32(h ^ 0x1);
  let b = mix32(h ^ 0x2);
  let c = mix32(h ^ 0x3);
  let d = 1;
  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: sfc32's first outputs are weakly mixed.
  for (let i = 0; i < 12; i += 1) nextU32();
  const next = (): number => nextU32() / 0x1_0000_0000;
  return {
    nextU32,
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
  };
}

/** mulberry32: a tiny seeded uniform [0, 1) source, enough for fault injection and test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
