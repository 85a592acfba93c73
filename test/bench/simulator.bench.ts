/**
 * Benchmark of simulator generation: `npm run bench:simulator -- --setting small,medium,large`.
 * Each setting is generated into a fresh temporary cache by a child process, which reports its
 * wall time and its peak RSS as the kernel counted it (getrusage max RSS via
 * process.resourceUsage(), so the peak is exact, not sampled). Prints one line per setting.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataset } from '../../electron/simulator/dataset';
import { settings, type Setting } from '../../electron/simulator/model';

interface ChildResult {
  readonly setting: Setting;
  readonly records: number;
  readonly seconds: number;
  /** CPU seconds (user + system) of the generating process: robust when the machine is shared. */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly cacheMb: number;
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function parseSettings(value: string): Setting[] {
  return (value.match(/[^,]+/g) ?? []).map((name) => {
    const setting = settings.find((s) => s === name.trim());
    if (setting === undefined) throw new Error(`unknown setting '${name}' (use ${settings.join(', ')})`);
    return setting;
  });
}

/** Child mode: generate one setting and print the measurement as one JSON line. */
function runChild(setting: Setting, cacheDir: string): void {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const dataset = openDataset({ setting, cacheDir });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { sepa, swift } = dataset.counts;
  const records = [sepa, swift].reduce(
    (sum, c) =>
      sum + c.clean + c.batchPayment + c.invalidIban + c.invalidCurrency + c.malformed + c.duplicate,
    0,
  );
  const cacheMb = statSync(dataset.file).size / 1024 / 1024;
  dataset.close();
  const result: ChildResult = {
    setting,
    records,
    seconds,
    cpuSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    cacheMb,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function measure(setting: Setting): ChildResult {
  const cacheDir = mkdtempSync(join(tmpdir(), 'cashflow-bench-'));
  try {
    const output = execFileSync(
      process.execPath,
      ['bin/run-ts.js', 'test/bench/simulator.bench.ts', '--child', setting, '--cache-dir', cacheDir],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1024 * 1024 },
    );
    const text = output.trim();
    // The child's last line is its measurement.
    return JSON.parse(text.slice(text.lastIndexOf('\n') + 1)) as ChildResult;
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

export function main(args: readonly string[]): void {
  const child = option(args, '--child');
  const cacheDir = option(args, '--cache-dir');
  if (child !== undefined && cacheDir !== undefined) {
    runChild(parseSettings(child)[0] ?? 'small', cacheDir);
    return;
  }
  const chosen = parseSettings(option(args, '--setting') ?? 'small,medium');
  process.stdout.write(
    `simulator generation, Node ${process.versions.node}, seed 42, int ids, default corruption\n`,
  );
  process.stdout.write('setting  records      seconds  cpu s  records/s  peak RSS MB  cache MB\n');
  for (const setting of chosen) {
    const r = measure(setting);
    const rate = Math.round(r.records / r.seconds);
    process.stdout.write(
      `${r.setting.padEnd(8)} ${String(r.records).padStart(11)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.cpuSeconds.toFixed(1).padStart(5)}  ${String(rate).padStart(9)}  ${r.peakRssMb.toFixed(0).padStart(11)}  ${r.cacheMb.toFixed(0).padStart(8)}\n`,
    );
  }
}
