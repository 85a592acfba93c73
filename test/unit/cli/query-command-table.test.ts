import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { requiredFields } from '../../../electron/cli/commands/query-command';
import { registerQueryCommands } from '../../../electron/cli/commands/queries';

function queryProgram(): Command {
  const program = new Command();
  registerQueryCommands(program);
  return program;
}

const mandatory = (command: Command | undefined) =>
  (command?.options ?? []).filter((option) => option.mandatory).map((option) => option.long);

describe('query commands derived from the contract', () => {
  it('reads which fields are required from the method’s schema', () => {
    expect([...requiredFields('companySummary')]).toEqual(['companyId']);
    expect([...requiredFields('companySeries')].sort()).toEqual(['companyId', 'from', 'granularity', 'to']);
    expect([...requiredFields('searchCompanies')]).toEqual(['text']);
    // A method that may be called without any argument requires nothing.
    expect([...requiredFields('portfolio')]).toEqual([]);
  });

  it('makes the options of required fields mandatory, unless they have a fallback', () => {
    const program = queryProgram();
    const command = (name: string) => program.commands.find((c) => c.name() === name);
    expect(mandatory(command('balance'))).toEqual(['--company']);
    expect(mandatory(command('series'))).toEqual(['--company', '--from', '--to']);
    expect(mandatory(command('interest'))).toEqual(['--company', '--from', '--to']);
    expect(mandatory(command('forecast'))).toEqual(['--company', '--at']);
    expect(mandatory(command('portfolio'))).toEqual([]);
  });

  it('gives every query command the shared --db and --json options', () => {
    const program = queryProgram();
    for (const name of [
      'balance',
      'countries',
      'interest',
      'forecast',
      'series',
      'search',
      'portfolio',
      'quality',
    ]) {
      const longs = program.commands.find((c) => c.name() === name)?.options.map((o) => o.long);
      expect(longs, name).toEqual(expect.arrayContaining(['--db', '--json']));
    }
  });
});
