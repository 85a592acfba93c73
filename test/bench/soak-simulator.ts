/**
 * The soak's source, run as its own process so that its growing data does not count in the memory
 * the soak measures: a cdm-api simulator over the endless data set, releasing `--per-second` new
 * swift records (and a tenth as many sepa) every second, with faults on. Prints `{"url":…}` once it
 * listens; on SIGTERM prints its request and fault counts and stops.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataset } from '../../electron/simulator/dataset';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { endlessDataset } from './soak-dataset';

function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
}

/** Every kind but hang: the app's 30-second timeouts would make each hang a half-minute pause. */
const faults = { status5xx: 0.02, reset: 0.01, slow: 0.02, duplicate: 0.05, truncate: 0.01 };

export async function main(args: readonly string[]): Promise<void> {
  const perSecond = numberOption(args, '--per-second', 200);
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-soak-sim-'));
  const base = openDataset({
    setting: 'small',
    sizes: { companies: 40, sepa: 2000, swift: 20_000 },
    cacheDir: join(dir, 'cache'),
  });
  const data = endlessDataset(base);
  data.produce(2000);
  const server = await startSimulatorServer({ dataset: data, dialect: 'cdm-api', faults, faultSeed: 11 });
  const ticker = setInterval(() => {
    data.produce(perSecond);
  }, 1000);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => {
      resolve();
    });
  });
  clearInterval(ticker);
  await server.close();
  data.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ produced: data.produced(), ...server.stats() })}\n`);
}
