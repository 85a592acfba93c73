/** `cashflow simulator serve` (placeholder until implemented). */
import type { Command } from 'commander';

export function registerSimulatorServe(simulator: Command): void {
  simulator.command('serve').description('Not implemented yet.');
}
