/**
 * The `cashflow` CLI: one commander program whose commands are registered by small modules under
 * `commands/`. Only the group of commands a call names is loaded (the simulator, the sync and the
 * query commands pull in very different code), so `cashflow --version` or a query starts fast.
 * Every failure ends in one line on stderr and a non-zero exit, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { reportFailure } from './output';
import { appVersion } from '../runtime/app-version';

type Register = (program: Command) => void;

const groups = {
  simulator: async (): Promise<Register> => (await import('./commands/simulator')).registerSimulatorCommands,
  queries: async (): Promise<Register> => (await import('./commands/queries')).registerQueryCommands,
  sync: async (): Promise<Register> => (await import('./commands/sync')).registerSyncCommand,
  scope: async (): Promise<Register> => (await import('./commands/scope')).registerScopeCommand,
  demo: async (): Promise<Register> => (await import('./commands/demo')).registerDemoCommand,
  report: async (): Promise<Register> => (await import('./commands/report')).registerReportCommand,
} as const;
type Group = keyof typeof groups;

const groupOfCommand: Readonly<Record<string, Group>> = {
  simulator: 'simulator',
  sync: 'sync',
  scope: 'scope',
  demo: 'demo',
  report: 'report',
  balance: 'queries',
  countries: 'queries',
  interest: 'queries',
  forecast: 'queries',
  series: 'queries',
  search: 'queries',
  portfolio: 'queries',
  quality: 'queries',
  settings: 'queries',
};
const allGroups = Object.keys(groups) as Group[];

/** The groups a call needs: none for the version, its own for a command, all for help or a typo. */
export function groupsFor(args: readonly string[]): readonly Group[] {
  const first = args[0];
  if (args.length === 1 && (first === '--version' || first === '-V')) return [];
  const group = first === undefined ? undefined : groupOfCommand[first];
  return group === undefined ? allGroups : [group];
}

export async function buildProgram(args: readonly string[] = []): Promise<Command> {
  const program = new Command('cashflow')
    .description('Cashflow Monitor, headless: simulate the CDM API, sync it, and query balances.')
    .version(appVersion)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const group of groupsFor(args)) (await groups[group]())(program);
  return program;
}

export async function main(args: readonly string[]): Promise<void> {
  try {
    const program = await buildProgram(args);
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
