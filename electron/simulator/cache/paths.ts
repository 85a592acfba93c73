/**
 * Where cache files live and how they are named: setting, seed, id kind, a hash of the corruption
 * rates (and of custom sizes) and the format version, so a changed input never reuses stale data.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cacheDirectory } from '../../runtime/app-paths';
import type { CorruptionRates, IdKind, Setting } from '../model';
import { cacheFormatVersion } from './schema';

export interface CacheKey {
  readonly setting: Setting;
  readonly seed: number;
  readonly idKind: IdKind;
  readonly rates: CorruptionRates;
  readonly sizes: { readonly companies: number; readonly sepa: number; readonly swift: number };
}

export function defaultCacheDir(): string {
  const fromEnv = process.env['CASHFLOW_SIM_CACHE'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : join(cacheDirectory(), 'simulator');
}

export function cacheFileName(key: CacheKey): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ rates: key.rates, sizes: key.sizes }))
    .digest('hex')
    .slice(0, 12);
  return `sim-v${cacheFormatVersion}-${key.setting}-seed${key.seed}-${key.idKind}-${hash}.sqlite`;
}
