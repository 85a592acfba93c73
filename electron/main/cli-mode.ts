/**
 * Whether this launch is the CLI: `<app executable> cli <command> …`. A packaged app's arguments
 * start after the executable, a development run's after `electron .`.
 */
export function cliArguments(argv: readonly string[], isPackaged: boolean): string[] | null {
  const args = argv.slice(isPackaged ? 1 : 2);
  return args[0] === 'cli' ? args.slice(1) : null;
}
