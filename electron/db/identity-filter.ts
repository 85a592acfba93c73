/**
 * A one-hash Bloom filter over the identity keys a bulk load has stored (bulk-ingest.ts). Nearly
 * every record of a first sync is new; asking the identity index whether it is stored costs a
 * statement per record. A clear bit proves the key was never stored, so the question is only asked
 * when the bit is set: for a key seen before, or by chance (with 11 M keys in 64 M bits, one record
 * in six). A set bit never decides: the index answers.
 */

const bits = 26;

export interface IdentityKey {
  readonly tsMs: number;
  readonly ident: number;
  readonly amountCents: number;
}

function slot({ tsMs, ident, amountCents }: IdentityKey): number {
  // The 32-bit halves of the two wide integers, mixed with the hash (murmur3's finaliser constants).
  let h = Math.imul(ident ^ ((tsMs % 4294967296) | 0), 0x9e3779b1);
  h = Math.imul(h ^ ((tsMs / 4294967296) | 0), 0x85ebca6b);
  h = Math.imul(h ^ ((amountCents % 4294967296) | 0) ^ ((amountCents / 4294967296) | 0), 0xc2b2ae35);
  h ^= h >>> 15;
  return h >>> (32 - bits);
}

export class IdentityFilter {
  private readonly words = new Uint32Array(2 ** (bits - 5));

  add(key: IdentityKey): void {
    const at = slot(key);
    this.words[at >>> 5] = (this.words[at >>> 5] ?? 0) | (1 << (at & 31));
  }

  /** False only when the key was never added. */
  mayHold(key: IdentityKey): boolean {
    const at = slot(key);
    return ((this.words[at >>> 5] ?? 0) & (1 << (at & 31))) !== 0;
  }
}
