/**
 * Pictures of the report pack for the docs: syncs the simulator's `small` setting into a temporary
 * database (or reads `--db FILE`), writes the PDF pack of the company most in debt over the last
 * year and the portfolio report, with a fixed generated-at, and renders their pages with poppler's
 * pdftoppm into docs/screenshots/report-*.png.
 * `node bin/run-ts.js test/e2e/report-screenshots.script.ts [--db FILE]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import { runCli } from '../helpers/run-cli';
import { fastTuning, simFixture } from '../helpers/sim-fixture';

const root = join(import.meta.dirname, '../..');
const generatedAt = '2026-12-01T09:00:00Z';

async function syncedSmall(): Promise<{ path: string; dispose: () => void }> {
  const fixture = simFixture({ setting: 'small' });
  const server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
  try {
    const path = fixture.dbPath('screens');
    await runSyncJob({ dbPath: path, url: server.url, dialect: 'auto', tuning: fastTuning });
    return {
      path,
      dispose: () => {
        fixture.dispose();
      },
    };
  } finally {
    await server.close();
  }
}

function render(pdf: string, name: string, folder: string): string[] {
  const prefix = join(folder, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
  const pages = readdirSync(folder).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'));
  // pdftoppm pads page numbers by the page count; the docs name them report-1.png, report-2.png…
  return pages.map((file) => {
    const page = Number(/-(\d+)\.png$/.exec(file)?.[1] ?? 0);
    const target = join(root, 'docs/screenshots', `${name}-${page}.png`);
    renameSync(join(folder, file), target);
    return target;
  });
}

export async function main(args: readonly string[]): Promise<void> {
  const at = args.indexOf('--db');
  const given = at >= 0 ? args[at + 1] : undefined;
  const database = given === undefined ? await syncedSmall() : { path: given, dispose: () => undefined };
  const folder = mkdtempSync(join(tmpdir(), 'cashflow-report-screens-'));
  try {
    const top = await runCli('portfolio', '--db', database.path, '--sort', 'debt', '--limit', '1', '--json');
    const { rows, asOf } = JSON.parse(top.stdout) as { rows: { companyId: number }[]; asOf: string };
    const to = new Date(`${asOf}T00:00:00Z`);
    const from = new Date(to.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
    const company = join(folder, 'company.pdf');
    const portfolio = join(folder, 'portfolio.pdf');
    const common = ['--db', database.path, '--format', 'pdf', '--generated-at', generatedAt];
    for (const run of [
      await runCli(
        'report',
        ...common,
        '--company',
        String(rows[0]?.companyId),
        '--from',
        from,
        '--to',
        asOf,
        '--out',
        company,
      ),
      await runCli('report', ...common, '--portfolio', '--out', portfolio),
    ])
      if (run.code !== 0) throw new Error(run.stderr);
    const written = [...render(company, 'report', folder), ...render(portfolio, 'report-portfolio', folder)];
    process.stdout.write(`${written.join('\n')}\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    database.dispose();
  }
}
