/** The simulator's worker-thread entry: starts from source under tsx, serves, reports errors, and stops. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';
import type { SimulatorWorkerHandle } from '../../../electron/simulator/serve/start-worker';
import { startSimulatorWorker } from '../../../electron/simulator/serve/start-worker';
import { simulatorWorkerEntry } from '../../../electron/simulator/serve/worker-path';
import { AppFailure } from '../../../shared/result';
import { memoryDataset } from '../../helpers/memory-dataset';

const sizes = { companies: 5, sepa: 40, swift: 40 };
let cacheDir = '';
beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'cashflow-'));
});
afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('simulatorWorkerEntry', () => {
  it('runs worker.ts with the tsx loader when started from source', () => {
    const entry = simulatorWorkerEntry('file:///app/electron/simulator/serve/start-worker.ts', () => false);
    expect(entry.url.href).toBe('file:///app/electron/simulator/serve/worker.ts');
    expect(entry.execArgv[0]).toBe('--import');
    expect(entry.execArgv[1]).toMatch(/^file:.*tsx/);
  });

  it('runs simulator-worker.js beside the main bundle, or one folder up from a chunk', () => {
    const beside = simulatorWorkerEntry(
      'file:///app/out/main/index.js',
      (p) => p === '/app/out/main/simulator-worker.js',
    );
    expect(beside).toEqual({ url: new URL('file:///app/out/main/simulator-worker.js'), execArgv: [] });
    const fromChunk = simulatorWorkerEntry(
      'file:///app/out/main/chunks/x.js',
      (p) => p === '/app/out/main/simulator-worker.js',
    );
    expect(fromChunk.url.href).toBe('file:///app/out/main/simulator-worker.js');
  });

  it('fails with a one-line reason when the bundle lacks the worker', () => {
    expect(() => simulatorWorkerEntry('file:///app/out/main/index.js', () => false)).toThrow(
      /simulator-worker bundle is missing/,
    );
  });
});

describe('startSimulatorWorker', () => {
  it('serves a generated data set from a worker thread and stops on close', async () => {
    let handle: SimulatorWorkerHandle | null = null;
    try {
      handle = await startSimulatorWorker({
        setting: 'small',
        seed: 3,
        dialect: 'cdm-api',
        port: 0,
        cacheDir,
        sizes,
      });
      const companies = (await (await fetch(`${handle.url}/companies`)).json()) as unknown[];
      expect(companies).toHaveLength(sizes.companies);
      const stats = await handle.stats();
      expect(stats.requests['/companies']).toBe(1);
    } finally {
      await handle?.close();
    }
    const url = handle.url;
    await expect(fetch(`${url}/companies`)).rejects.toThrow();
  });

  it('reports an occupied port as port-in-use', async () => {
    const blocker = await startSimulatorServer({ dataset: memoryDataset({}), dialect: 'exposer' });
    try {
      const started = startSimulatorWorker({
        setting: 'small',
        dialect: 'exposer',
        port: blocker.port,
        cacheDir,
        sizes,
      });
      await expect(started).rejects.toBeInstanceOf(AppFailure);
      await expect(started).rejects.toMatchObject({ code: 'port-in-use' });
    } finally {
      await blocker.close();
    }
  });
});
