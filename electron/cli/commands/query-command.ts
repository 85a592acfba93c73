/**
 * A query command derived from its contract method, as the IPC handlers are: one table row per
 * option, naming the field of the method's argument it fills and how its text is read. Which options
 * are required follows from the method's schema (a field that does not accept "absent" is required),
 * and the fields named are checked against the method's argument type, so the CLI cannot drift from
 * the contract. The schema validates the values, through the same `dispatch` as IPC.
 */
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/contract';
import { integerOption } from '../output';
import { callService, numberOption, queryCommand, type QueryOptions } from './query-services';

/** How an option's text becomes its field: as it is, a whole id from 1, or a plain decimal number. */
export type OptionReading = 'text' | 'id' | 'number';

/** A field of a method's argument (one the method may also take no argument at all). */
export type FieldOf<M extends MethodName> = keyof NonNullable<MethodInput<M>> & string;

export interface OptionRow<M extends MethodName> {
  /** Commander's flag, e.g. `--company <id>`. */
  readonly flag: string;
  readonly field: FieldOf<M>;
  readonly read: OptionReading;
  readonly help: string;
  /** The value shown and used when the option is left out. */
  readonly fallback?: string;
}

export interface QueryCommandSpec<M extends MethodName> {
  readonly name: string;
  readonly method: M;
  readonly description: string;
  /** Words after the command, joined by spaces into one field (`cashflow search acme gmbh`). */
  readonly words?: {
    readonly name: string;
    readonly help: string;
    readonly field: FieldOf<M>;
  };
  readonly options: readonly OptionRow<M>[];
  print(result: MethodOutput<M>, json: boolean): void;
}

/** The fields of a method's argument that must be given. */
export function requiredFields(method: MethodName): ReadonlySet<string> {
  const input: z.ZodType = contract[method].input;
  if (!(input instanceof z.ZodObject)) return new Set();
  const shape = input.shape as Record<string, z.ZodType>;
  return new Set(Object.keys(shape).filter((field) => !shape[field]?.safeParse(undefined).success));
}

function readOption(option: Option, reading: OptionReading, text: string): unknown {
  switch (reading) {
    case 'text':
      return text;
    case 'id':
      return integerOption(option.name(), text, 1);
    case 'number':
      return numberOption(text);
  }
}

/** Registers the command that the table describes. */
export function defineQueryCommand<M extends MethodName>(
  spec: QueryCommandSpec<M>,
): (program: Command) => void {
  return (program) => {
    const required = requiredFields(spec.method);
    const command = program.command(spec.name).description(spec.description);
    if (spec.words !== undefined) command.argument(`<${spec.words.name}...>`, spec.words.help);
    const rows = spec.options.map((row) => {
      const option = new Option(row.flag, row.help);
      // A required field with a fallback is never absent (`series --granularity` is month by default).
      if (row.fallback !== undefined) option.default(row.fallback);
      else if (required.has(row.field)) option.makeOptionMandatory();
      command.addOption(option);
      return { row, option };
    });
    queryCommand(command).action(async (...args: unknown[]) => {
      const words = spec.words === undefined ? [] : (args[0] as string[]);
      const options = args[spec.words === undefined ? 0 : 1] as QueryOptions & Record<string, unknown>;
      const argument: Record<string, unknown> = {};
      if (spec.words !== undefined) argument[spec.words.field] = words.join(' ');
      for (const { row, option } of rows) {
        const text = options[option.attributeName()];
        if (typeof text === 'string') argument[row.field] = readOption(option, row.read, text);
      }
      spec.print(await callService(options, spec.method, argument), options.json === true);
    });
  };
}

/** Rows many commands share. */
export const rows = {
  company: { flag: '--company <id>', field: 'companyId', read: 'id', help: 'company id' },
  from: { flag: '--from <YYYY-MM-DD>', field: 'from', read: 'text', help: 'first day (inclusive)' },
  to: { flag: '--to <YYYY-MM-DD>', field: 'to', read: 'text', help: 'last day (inclusive)' },
  currency: {
    flag: '--currency <EUR|USD>',
    field: 'currency',
    read: 'text',
    help: 'reporting currency (default: the setting, EUR)',
  },
} as const;
