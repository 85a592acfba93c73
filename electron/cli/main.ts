/**
 * The `cashflow` CLI: one commander program whose commands are registered by small modules under
 * `commands/`. Every failure ends in one line on stderr and a non-zero exit, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { registerReportCommand } from './commands/report';
import { reportFailure } from './output';

/**
 * Commands that stream big data run with only their own modules loaded. The other commands are
 * imported when needed: the simulator's generator and name lists are large, and V8 lets a heap that
 * starts large grow much larger before it collects, which would take a million-row export past its
 * memory budget (docs/benchmarks.md).
 */
const standalone: Readonly<Record<string, (program: Command) => void>> = { report: registerReportCommand };

export async function buildProgram(command?: string): Promise<Command> {
  const program = new Command('cashflow')
    .description('Cashflow Monitor, headless: simulate the CDM API, sync it, and query balances.')
    .version(process.env['npm_package_version'] ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const only = command === undefined ? undefined : standalone[command];
  if (only !== undefined) {
    only(program);
    return program;
  }
  const [
    { registerSimulatorCommands },
    { registerQueryCommands },
    { registerSyncCommand },
    { registerDemoCommand },
  ] = await Promise.all([
    import('./commands/simulator'),
    import('./commands/queries'),
    import('./commands/sync'),
    import('./commands/demo'),
  ]);
  registerSimulatorCommands(program);
  registerQueryCommands(program);
  registerSyncCommand(program);
  registerDemoCommand(program);
  registerReportCommand(program);
  return program;
}

export async function main(args: readonly string[]): Promise<void> {
  try {
    const program = await buildProgram(args[0]);
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
