/** `cashflow simulator …`: generate, serve and compute the ground truth of the CDM simulator. */
import type { Command } from 'commander';

export function registerSimulatorCommands(program: Command): void {
  program.command('simulator').description('The bundled CDM API simulator (both dialects, ground truth, faults).');
}
