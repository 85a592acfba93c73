/**
 * The `cashflow` CLI: one commander program whose commands are registered by small modules under
 * `commands/`. Every failure ends in one line on stderr and a non-zero exit, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { registerQueryCommands } from './commands/queries';
import { registerSimulatorCommands } from './commands/simulator';
import { registerSyncCommand } from './commands/sync';
import { registerDemoCommand } from './commands/demo';
import { registerReportCommand } from './commands/report';
import { reportFailure } from './output';

export function buildProgram(): Command {
  const program = new Command('cashflow')
    .description('Cashflow Monitor, headless: simulate the CDM API, sync it, and query balances.')
    .version(process.env['npm_package_version'] ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerSimulatorCommands(program);
  registerQueryCommands(program);
  registerSyncCommand(program);
  registerDemoCommand(program);
  registerReportCommand(program);
  return program;
}

export async function main(args: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (cause) {
    if (cause instanceof CommanderError) {
      // Help and version output end in a CommanderError with exit code 0.
      process.exitCode = cause.exitCode;
      return;
    }
    process.exitCode = reportFailure(cause);
  }
}
