import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GroundTruth } from '../../../electron/simulator/truth/ground-truth';
import { runCli, type CliRun } from '../../helpers/run-cli';

let dir: string;
let previousCache: string | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cashflow-'));
  previousCache = process.env['CASHFLOW_SIM_CACHE'];
  process.env['CASHFLOW_SIM_CACHE'] = join(dir, 'cache');
});
afterAll(() => {
  if (previousCache === undefined) delete process.env['CASHFLOW_SIM_CACHE'];
  else process.env['CASHFLOW_SIM_CACHE'] = previousCache;
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs the CLI in-process with the arguments as one array. */
function run(args: string[]): Promise<CliRun> {
  return runCli(...args);
}

function expectOneLineFailure(result: { code: number; stderr: string }, mention: string): void {
  expect(result.code).not.toBe(0);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(mention);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('cashflow simulator generate / truth', () => {
  it('rejects an unknown setting with one line and a non-zero exit', async () => {
    expectOneLineFailure(await run(['simulator', 'generate', '--setting', 'huge']), '--setting');
  });

  it('rejects a missing setting, a bad seed and a bad id kind with one line each', async () => {
    expectOneLineFailure(await run(['simulator', 'generate']), '--setting');
    expectOneLineFailure(
      await run(['simulator', 'generate', '--setting', 'small', '--seed', '-3']),
      '--seed',
    );
    expectOneLineFailure(
      await run(['simulator', 'truth', '--setting', 'small', '--seed', 'abc', '--out', 'x']),
      '--seed',
    );
    expectOneLineFailure(
      await run(['simulator', 'generate', '--setting', 'small', '--id-kind', 'guid']),
      '--id-kind',
    );
  });

  it('rejects truth without --out, or with an unwritable --out, with one line', async () => {
    expectOneLineFailure(await run(['simulator', 'truth', '--setting', 'small']), '--out');
    const unwritable = join(dir, 'missing-dir', 'truth.json');
    expectOneLineFailure(
      await run(['simulator', 'truth', '--setting', 'small', '--out', unwritable]),
      'cannot write',
    );
    expect(existsSync(unwritable)).toBe(false);
  });

  it('generates into the cache, says where, and writes the ground truth as JSON', async () => {
    const generated = await run(['simulator', 'generate', '--setting', 'small']);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toContain(join(dir, 'cache'));
    expect(generated.stdout).toContain('10,000 clean');
    const out = join(dir, 'truth.json');
    const truth = await run(['simulator', 'truth', '--setting', 'small', '--out', out]);
    expect(truth.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as GroundTruth;
    expect(json.setting).toBe('small');
    expect(json.seed).toBe(42);
    expect(json.counts.swift.clean).toBe(100_000);
    expect(json.companies).toHaveLength(100);
  });
});
