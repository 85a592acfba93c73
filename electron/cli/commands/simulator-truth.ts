/** `cashflow simulator truth` (placeholder until implemented). */
import type { Command } from 'commander';

export function registerSimulatorTruth(simulator: Command): void {
  simulator.command('truth').description('Not implemented yet.');
}
