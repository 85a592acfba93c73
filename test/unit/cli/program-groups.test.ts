import { describe, expect, it } from 'vitest';
import { groupsFor } from '../../../electron/cli/main';
import { cliArguments } from '../../../electron/main/cli-mode';

describe('which commands a CLI call loads', () => {
  it('loads nothing for the version, one group for a command, everything for help or an unknown word', () => {
    expect(groupsFor(['--version'])).toEqual([]);
    expect(groupsFor(['balance', '--company', '1'])).toEqual(['queries']);
    expect(groupsFor(['simulator', 'serve'])).toEqual(['simulator']);
    expect(groupsFor(['--help'])).toHaveLength(6);
    expect(groupsFor(['balnce'])).toHaveLength(6);
    expect(groupsFor([])).toHaveLength(6);
    expect(groupsFor(['report', '--format', 'pdf'])).toEqual(['report']);
    expect(groupsFor(['scope', '--db', 'x.sqlite'])).toEqual(['scope']);
  });
});

describe('the CLI inside the installed app', () => {
  it('starts when the first argument after the executable is `cli`', () => {
    expect(cliArguments(['/opt/app/cashflow-monitor', 'cli', 'balance', '--company', '1'], true)).toEqual([
      'balance',
      '--company',
      '1',
    ]);
    expect(cliArguments(['electron', '.', 'cli', '--version'], false)).toEqual(['--version']);
    expect(cliArguments(['/opt/app/cashflow-monitor'], true)).toBeNull();
    expect(cliArguments(['/opt/app/cashflow-monitor', '--no-sandbox'], true)).toBeNull();
  });
});
