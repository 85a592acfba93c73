/**
 * `cashflow simulator truth`: writes the ground truth of a data set (end-of-quarter balances, debt,
 * credit and countries per company, record counts) as JSON, generating the data first if needed.
 */
import { closeSync, openSync } from 'node:fs';
import type { Command } from 'commander';
import { AppFailure } from '../../../shared/result';
import { computeTruth } from '../../simulator/truth/compute-truth';
import { writeTruth } from '../../simulator/truth/write-truth';
import { openFromOptions, withDatasetOptions, type DatasetCommandOptions } from './simulator-generate';

function openOutput(out: string): number {
  try {
    return openSync(out, 'w');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new AppFailure('invalid-argument', `cannot write --out ${out}: ${reason}`);
  }
}

interface TruthOptions extends DatasetCommandOptions {
  readonly out?: string;
}

export function registerSimulatorTruth(simulator: Command): void {
  withDatasetOptions(simulator.command('truth'))
    .description('Write the expected figures (ground truth) of a simulator data set as JSON.')
    .option('--out <file>', 'where to write the JSON (required)')
    .addHelpText('after', '\nExample:\n  cashflow simulator truth --setting small --out truth-small.json\n')
    .action((options: TruthOptions) => {
      const out = options.out;
      if (out === undefined || out === '')
        throw new AppFailure('invalid-argument', '--out <file> is required');
      const dataset = openFromOptions(options);
      let file: number | undefined;
      try {
        // Open the output first so an unwritable path fails before the long computation.
        file = openOutput(out);
        const truth = computeTruth(dataset);
        writeTruth(file, truth);
        process.stdout.write(`wrote the ground truth of ${truth.companies.length} companies to ${out}\n`);
      } finally {
        if (file !== undefined) closeSync(file);
        dataset.close();
      }
    });
}
