/**
 * The database a query benchmark runs on: `--db FILE` (an already synced or kept database; it is
 * brought up to this app's schema first, as the app does on its first read), or a deterministic one
 * built through the ingest path (`--setting small|medium|large`, `--companies N`, `--records N`,
 * `--keep FILE` to keep it; queries-dataset.ts), in a scratch folder removed by `dispose`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWritableDatabase } from '../../electron/db/connection';
import { benchSettings, buildBenchDatabase, type BenchSetting } from './queries-dataset';

export function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export interface BenchDatabase {
  readonly path: string;
  dispose(): void;
}

export function obtainBenchDatabase(args: readonly string[], log: (line: string) => void): BenchDatabase {
  const given = option(args, '--db');
  if (given !== undefined) {
    // The app migrates on first use; a kept or older benchmark database is brought up to date alike.
    openWritableDatabase(given).close();
    return { path: given, dispose: () => undefined };
  }
  const setting = (option(args, '--setting') ?? 'medium') as BenchSetting;
  if (!(setting in benchSettings))
    throw new Error(`unknown setting '${setting}' (use ${Object.keys(benchSettings).join(', ')})`);
  const kept = option(args, '--keep');
  const scratch = kept === undefined ? mkdtempSync(join(tmpdir(), 'cashflow-bench-')) : null;
  const path = kept ?? join(scratch ?? '', 'bench.sqlite');
  log(`Building the ${setting} dataset (overrides applied) into ${path} through the ingest path…`);
  const started = performance.now();
  const writer = openWritableDatabase(path);
  const companies = option(args, '--companies');
  const total = option(args, '--records');
  const size = {
    companies: companies === undefined ? benchSettings[setting].companies : Number(companies),
    sepa: total === undefined ? benchSettings[setting].sepa : Math.round(Number(total) / 11),
    swift: total === undefined ? benchSettings[setting].swift : Math.round((Number(total) * 10) / 11),
  };
  const records = buildBenchDatabase(writer, size, log);
  writer.pragma('wal_checkpoint(TRUNCATE)');
  writer.close();
  log(
    `  ${records.toLocaleString('en-US')} records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return {
    path,
    dispose: () => {
      if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
