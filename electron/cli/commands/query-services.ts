/**
 * How the query commands reach the analytics: the same services and the same `dispatch` as IPC,
 * so arguments are validated by the contract's schemas and errors carry the same codes. A failed
 * Result becomes an AppFailure, which the CLI prints as one line with its code.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Services } from '../../../shared/api';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import { AppFailure } from '../../../shared/result';
import { createServices } from '../../services/create-services';
import { fileDatabaseProvider, type DatabaseProvider } from '../../services/database-provider';
import { dispatch } from '../../services/dispatch';
import { defaultDatabasePath, userDataDirectory } from '../../runtime/app-paths';
import { appVersion } from '../../runtime/app-version';
import { figureWarnings } from './figure-warnings';

export interface QueryOptions {
  readonly db?: string;
  readonly json?: boolean;
}

/** Adds the options every query command shares. */
export function queryCommand(command: Command): Command {
  return command
    .option('--db <file>', 'the SQLite database to read (default: the desktop app’s database)')
    .option('--json', 'print JSON (numbers in the reporting currency, rounded to cents)');
}

/**
 * The services over the database file at `path` as a one-shot command uses them: read as it is, no
 * migration and no new files beside it. The caller closes `database`.
 */
export function readOnlyServices(path: string): {
  readonly database: DatabaseProvider;
  readonly services: Services;
} {
  const database = fileDatabaseProvider(path, { migrate: false });
  const services = createServices({
    identity: {
      name: 'Cashflow Monitor',
      version: appVersion,
      dataDirectory: userDataDirectory(),
      databasePath: path,
    },
    database,
  });
  return { database, services };
}

export async function callService<M extends MethodName>(
  options: QueryOptions,
  name: M,
  argument: unknown,
): Promise<MethodOutput<M>> {
  const path = options.db ?? defaultDatabasePath();
  if (!existsSync(path)) {
    throw new AppFailure('not-found', `No database at ${path}: sync a source first or pass --db FILE.`);
  }
  const { database, services } = readOnlyServices(path);
  try {
    const answer = await dispatch(services, name, argument);
    if (!answer.ok) throw new AppFailure(answer.error.code, answer.error.message);
    for (const line of figureWarnings(answer.value)) process.stderr.write(line);
    return answer.value;
  } finally {
    database.close();
  }
}

/**
 * A number option as the contract receives it: plain decimal notation only ('0.03', '-12.5'); text
 * that is not ('', ' ', '0x10', '1e3') becomes NaN, which fails the contract's validation with its
 * sentence instead of being read as 0, 16 or 1000.
 */
export function numberOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
}
