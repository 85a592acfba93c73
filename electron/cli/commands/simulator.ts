/** `cashflow simulator …`: generate, serve and compute the ground truth of the CDM simulator. */
import type { Command } from 'commander';
import { registerSimulatorGenerate } from './simulator-generate';
import { registerSimulatorServe } from './simulator-serve';
import { registerSimulatorTruth } from './simulator-truth';

export function registerSimulatorCommands(program: Command): void {
  const simulator = program
    .command('simulator')
    .description('The bundled CDM API simulator (both dialects, ground truth, faults).');
  registerSimulatorGenerate(simulator);
  registerSimulatorTruth(simulator);
  registerSimulatorServe(simulator);
}
