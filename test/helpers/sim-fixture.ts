/**
 * A generated simulator data set with its ground truth, cached in a temporary directory for one test
 * file, and a helper that syncs a running simulator into a fresh database file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataset, type CachedDataset, type DatasetSizes } from '../../electron/simulator/dataset';
import type { IdKind, Setting } from '../../electron/simulator/model';
import { computeTruth } from '../../electron/simulator/truth/compute-truth';
import type { GroundTruth } from '../../electron/simulator/truth/ground-truth';

export interface SimFixture {
  readonly dir: string;
  readonly dataset: CachedDataset;
  readonly truth: GroundTruth;
  dbPath(name: string): string;
  dispose(): void;
}

export function simFixture(options: {
  setting: Setting;
  seed?: number;
  idKind?: IdKind;
  sizes?: DatasetSizes;
}): SimFixture {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-sim-'));
  const dataset = openDataset({ ...options, cacheDir: join(dir, 'cache') });
  const truth = computeTruth(dataset);
  return {
    dir,
    dataset,
    truth,
    dbPath: (name) => join(dir, `${name}.sqlite`),
    dispose() {
      dataset.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Short timeouts and quick retries: the simulator is on loopback. */
export const fastTuning = {
  timeouts: { connectMs: 2000, headersMs: 2000, bodyMs: 2000 },
  retry: { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50, maxRetryAfterMs: 50 },
} as const;
