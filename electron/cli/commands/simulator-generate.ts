/**
 * `cashflow simulator generate`: fills the simulator's cache for a setting and seed (a progress bar
 * on a TTY), then prints where the cache is and what it holds. A second run reuses the cache.
 */
import type { Command } from 'commander';
import { AppFailure } from '../../../shared/result';
import { openDataset, type CachedDataset } from '../../simulator/dataset';
import type { SourceCounts } from '../../simulator/dataset-counts';
import { createGenerationProgress } from '../../simulator/generation-progress';
import { settings, type IdKind, type Setting } from '../../simulator/model';
import { oneOf, positiveInteger } from '../output';

export interface DatasetCommandOptions {
  readonly setting?: string;
  readonly seed: string;
  readonly idKind: string;
  readonly cacheDir?: string;
}

/** Adds the options every simulator data command shares. */
export function withDatasetOptions(command: Command): Command {
  return command
    .option('--setting <name>', `data size: ${settings.join(', ')} (required)`)
    .option('--seed <n>', 'generation seed (same setting and seed give identical data)', '42')
    .option('--id-kind <kind>', 'transaction ids: int or uuid', 'int')
    .option(
      '--cache-dir <dir>',
      'cache directory (default $CASHFLOW_SIM_CACHE, else the platform cache folder, e.g. ~/.cache/cashflow-monitor/simulator)',
    );
}

/** Opens (generating when needed, with a progress bar on a TTY) the data set the options name. */
export function openFromOptions(options: DatasetCommandOptions): CachedDataset {
  if (options.setting === undefined) {
    throw new AppFailure('invalid-argument', `--setting is required (one of ${settings.join(', ')})`);
  }
  const setting = oneOf<Setting>('setting', options.setting, settings);
  const seed = positiveInteger('seed', options.seed);
  const idKind = oneOf<IdKind>('id-kind', options.idKind, ['int', 'uuid']);
  const progress = createGenerationProgress(`generating ${setting}`);
  try {
    return openDataset({
      setting,
      seed,
      idKind,
      onProgress: progress.onProgress,
      ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    });
  } finally {
    progress.stop();
  }
}

function describeCounts(counts: SourceCounts): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  return (
    `${n(counts.clean)} clean (${n(counts.strictIbanWarning)} with a strict-IBAN warning), ` +
    `${n(counts.batchPayment)} batch-payment, ${n(counts.invalidIban)} invalid-IBAN, ` +
    `${n(counts.invalidCurrency)} invalid-currency, ${n(counts.malformed)} malformed, ${n(counts.duplicate)} duplicate`
  );
}

export function registerSimulatorGenerate(simulator: Command): void {
  withDatasetOptions(simulator.command('generate'))
    .description('Generate a simulator data set into the cache (reused when it already exists).')
    .addHelpText('after', '\nExample:\n  cashflow simulator generate --setting medium --seed 7\n')
    .action((options: DatasetCommandOptions) => {
      const started = performance.now();
      const dataset = openFromOptions(options);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const how = dataset.generated ? `generated in ${seconds} s` : 'already in the cache';
      process.stdout.write(
        `${dataset.setting} seed ${dataset.seed} (${dataset.idKind} ids): ${how}\n` +
          `cache: ${dataset.file}\n` +
          `companies: ${dataset.companies().length.toLocaleString('en-US')}\n` +
          `sepa: ${describeCounts(dataset.counts.sepa)}\n` +
          `swift: ${describeCounts(dataset.counts.swift)}\n`,
      );
      dataset.close();
    });
}
