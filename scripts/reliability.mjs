// The reliability suite at a chosen scale: `npm run test:reliability [-- --scale N]` (default 3) runs the
// fault, crash-resume, growing-source, disk-trouble, refresh, schedule and ground-truth tests with N
// times the fault seeds, kill points and growth points of `npm test`, then prints the figures of the run
// for docs/reliability.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--scale');
const scale = at >= 0 ? Number(process.argv[at + 1]) : 3;
if (!Number.isSafeInteger(scale) || scale < 1) {
  process.stderr.write('reliability: --scale must be a whole number from 1\n');
  process.exit(2);
}
const files = [
  'test/integration/sync-faults.test.ts',
  'test/integration/sync-crash-resume.test.ts',
  'test/integration/sync-growing-source.test.ts',
  'test/integration/sync-disk-trouble.test.ts',
  'test/integration/sync-refresh.test.ts',
  'test/integration/sync-service.test.ts',
  'test/integration/sync-truth.test.ts',
];
const report = join(root, 'test-results', 'reliability.json');
const started = Date.now();
const run = spawnSync(
  join(root, 'node_modules', '.bin', 'vitest'),
  ['run', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CASHFLOW_RELIABILITY_SCALE: String(scale) } },
);
const results = JSON.parse(readFileSync(report, 'utf8'));
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
process.stdout.write(
  [
    '',
    `reliability at scale ${scale}, ${minutes} min:`,
    `  fault runs: ${2 * 10 * scale} (10 × ${scale} seeds per dialect, every fault kind at once), each compared with a clean run's checksum and the ground truth`,
    `  SIGKILLs: ${15 * scale} (cdm-api ${10 * scale}, exposer ${5 * scale}), then resumed to the clean run's database`,
    `  growing sources: ${2 * 2 * scale} (2 × ${scale} growth points per dialect), 3 passes each with a late batch sibling, each pass compared with a clean sync`,
    '  disk full and read-only mid-sync: 2, each checked for integrity, the last commit and a resumed sync',
    `  tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`,
    '',
  ].join('\n'),
);
process.exit(run.status ?? 1);
