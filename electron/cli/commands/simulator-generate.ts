/** `cashflow simulator generate` (placeholder until implemented). */
import type { Command } from 'commander';

export function registerSimulatorGenerate(simulator: Command): void {
  simulator.command('generate').description('Not implemented yet.');
}
