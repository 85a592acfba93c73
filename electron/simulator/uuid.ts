/**
 * Uuid ids for the `uuid` id kind, derived from (source, idNum) alone so that both the cache and
 * anyone checking it can recompute them. Version-4 layout; the bits come from a 32-bit mixer.
 */
import type { PaymentStream } from '../../shared/domain';
import { mix32 } from './prng';

function hex8(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

export function uuidFor(source: PaymentStream, idNum: number): string {
  const salt = source === 'sepa' ? 0x5e9a : 0x5a1f7;
  const low = idNum >>> 0;
  const high = Math.floor(idNum / 0x1_0000_0000);
  const a = mix32(low ^ mix32(high ^ salt));
  const b = mix32(a ^ 0x68e31da4);
  const c = mix32(b ^ 0x1b873593);
  const d = mix32(c ^ low);
  const w1 = hex8(a);
  const w2 = hex8(b);
  const w3 = hex8(((c & 0x0fffffff) | 0x40000000) >>> 0);
  const w4 = hex8(((d & 0x3fffffff) | 0x80000000) >>> 0);
  return `${w1}-${w2.slice(0, 4)}-${w3.slice(0, 4)}-${w4.slice(0, 4)}-${w4.slice(4)}${w2.slice(4)}${w3.slice(4)}`;
}
