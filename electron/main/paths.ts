/** Where the app keeps its data: one SQLite file in the user's data directory. */
import { join } from 'node:path';

export function databasePathIn(dataDirectory: string): string {
  return join(dataDirectory, 'cashflow.sqlite');
}
