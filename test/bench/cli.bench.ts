/**
 * Start-up of the compiled CLI: `npm run bench:cli [-- --rounds N] [--db FILE]`. Builds the `small`
 * query dataset (or takes --db), then times whole processes, each N times: `cashflow --version` and
 * `cashflow balance --company ID --json` on the pinned Node, the same through bin/cashflow.js from the
 * system's `node` (which may hand over to the pinned Node), and, as the ceiling measured in the same
 * run, a Node process that does nothing. Prints median and p95 wall times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWritableDatabase } from '../../electron/db/connection';
import { busiestCompanies } from '../../electron/db/queries/busiest-companies';
import { benchSettings, buildBenchDatabase } from './queries-dataset';

const root = join(import.meta.dirname, '..', '..');

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function wallTimes(rounds: number, command: string, args: readonly string[]): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    samples.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  }
  return samples.sort((a, b) => a - b);
}

function at(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function main(args: readonly string[]): void {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const rounds = Number(option(args, '--rounds') ?? '20');
  const cli = join(root, 'out', 'main', 'cli.js');
  if (!existsSync(cli)) throw new Error('out/main/cli.js is missing: run `npm run build` first.');
  let db = option(args, '--db');
  let scratch: string | null = null;
  if (db === undefined) {
    scratch = mkdtempSync(join(tmpdir(), 'cashflow-bench-cli-'));
    db = join(scratch, 'small.sqlite');
    const writer = openWritableDatabase(db);
    buildBenchDatabase(writer, benchSettings.small, () => undefined);
    writer.pragma('wal_checkpoint(TRUNCATE)');
    writer.close();
  }
  const reader = openWritableDatabase(db);
  const company = busiestCompanies(reader, 1)[0] ?? 1;
  reader.close();
  const balance = ['balance', '--company', String(company), '--db', db, '--json'];
  const systemNode = spawnSync(
    'sh',
    ['-c', 'PATH=$(echo "$PATH" | tr ":" "\\n" | grep -v node_modules | paste -sd:) command -v node'],
    {
      encoding: 'utf8',
    },
  ).stdout.trim();
  const cases: [string, string, string[]][] = [
    ['node -e 0 (ceiling: the runtime alone)', process.execPath, ['-e', '0']],
    ['cashflow --version (out/main/cli.js)', process.execPath, [cli, '--version']],
    ['cashflow balance --json (out/main/cli.js)', process.execPath, [cli, ...balance]],
    [
      'bin/cashflow.js --version (pinned Node)',
      process.execPath,
      [join(root, 'bin', 'cashflow.js'), '--version'],
    ],
  ];
  if (systemNode !== '' && systemNode !== process.execPath) {
    const version = spawnSync(systemNode, ['--version'], { encoding: 'utf8' }).stdout.trim();
    cases.push([
      `bin/cashflow.js --version (system node ${version})`,
      systemNode,
      [join(root, 'bin', 'cashflow.js'), '--version'],
    ]);
  }
  log(`Node ${process.versions.node}; ${rounds} runs each; database ${db}; company ${company}`);
  log('| command | median | p95 |');
  log('|---|---|---|');
  for (const [label, command, commandArgs] of cases) {
    const samples = wallTimes(rounds, command, commandArgs);
    log(`| ${label} | ${(at(samples, 50) / 1000).toFixed(3)} s | ${(at(samples, 95) / 1000).toFixed(3)} s |`);
  }
  if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
}
