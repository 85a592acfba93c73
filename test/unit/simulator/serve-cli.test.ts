/** `cashflow simulator serve`: one-line failures for an occupied port and bad arguments, and a clean serve-and-stop. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SimulatorServer } from '../../../electron/simulator/serve/server';
import { startSimulatorServer } from '../../../electron/simulator/serve/server';
import { memoryDataset } from '../../helpers/memory-dataset';
import { runCli, type CliRun } from '../../helpers/run-cli';

let dir = '';
let blocker: SimulatorServer | null = null;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cashflow-'));
  blocker = await startSimulatorServer({ dataset: memoryDataset({}), dialect: 'exposer' });
});
afterAll(async () => {
  await blocker?.close();
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

describe('cashflow simulator serve', () => {
  it('reports an occupied port in one line with its reason code, before generating anything', async () => {
    const port = blocker?.port ?? 0;
    const result = await run([
      'simulator',
      'serve',
      '--setting',
      'small',
      '--port',
      String(port),
      '--cache-dir',
      dir,
    ]);
    expect(result.stderr).toBe(`cashflow: port ${port} is already in use [port-in-use]\n`);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
  });

  it.each([
    [['--dialect', 'soap'], '--dialect'],
    [['--faults', 'explode=0.1'], 'unknown fault kind'],
    [['--faults', 'reset=2'], 'between 0 and 1'],
    [['--port', '70000'], '--port'],
    [['--port', 'http'], '--port'],
    [['--exposer-end', 'never'], '--exposer-end'],
    [['--fault-seed', '-1'], '--fault-seed'],
    [['--setting', 'huge'], '--setting'],
  ])('rejects %j with one line and a non-zero exit', async (extra, mention) => {
    const result = await run([
      'simulator',
      'serve',
      '--setting',
      'small',
      '--port',
      '0',
      '--cache-dir',
      dir,
      ...extra,
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(mention);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its URL, serves until SIGINT and exits cleanly', async () => {
    const args = ['simulator', 'serve', '--setting', 'small', '--dialect', 'cdm-api', '--port', '0'];
    const child = spawn(process.execPath, ['bin/cashflow.js', ...args, '--cache-dir', dir], {
      cwd: join(import.meta.dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => {
        resolve(code);
      });
    });
    try {
      const lines = createInterface({ input: child.stdout });
      const first = await lines[Symbol.asyncIterator]().next();
      const line = String(first.value);
      const url = /(http:\/\/127\.0\.0\.1:\d+)$/.exec(line)?.[1];
      expect(line).toContain('cdm-api');
      if (url === undefined) throw new Error(`no URL in '${line}'`);
      const companies = (await (await fetch(`${url}/companies?limit=3`)).json()) as unknown[];
      expect(companies).toHaveLength(3);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr.join('')).not.toMatch(/Error|\n\s+at /);
      await expect(fetch(`${url}/companies`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
