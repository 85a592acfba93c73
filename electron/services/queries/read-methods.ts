/**
 * The contract's read methods: the ones that only query the database, which the desktop app serves
 * from its query workers (query-pool.ts) and every other host (the CLI, the browser test host, the
 * tests) runs in-process. Writes (settings update, sources, sync) and the shell's own methods (app
 * info, report export, whose save dialog belongs to the shell) are not among them.
 */
import type { Services } from '../../../shared/api';
import type { MethodName } from '../../../shared/contract';
import { analyticsHandlers } from '../analytics-handlers';
import type { DatabaseProvider } from '../database-provider';
import { insightHandlers } from '../insight-handlers';
import { settingsHandlers } from '../settings-handlers';

export const readMethodNames = [
  'searchCompanies',
  'companyProfile',
  'companySummary',
  'companySeries',
  'companyCountries',
  'companyInterest',
  'companyForecast',
  'companyCounterparties',
  'companyTransactions',
  'portfolio',
  'qualityReport',
  'settingsGet',
] as const satisfies readonly MethodName[];

export type ReadMethod = (typeof readMethodNames)[number];
export type ReadServices = Pick<Services, ReadMethod>;

const readMethodSet: ReadonlySet<string> = new Set(readMethodNames);

export function isReadMethod(name: string): name is ReadMethod {
  return readMethodSet.has(name);
}

/** The read methods answered in this thread, over the given database. */
export function readHandlers(database: DatabaseProvider): ReadServices {
  return {
    ...analyticsHandlers(database),
    ...insightHandlers(database),
    settingsGet: settingsHandlers(database).settingsGet,
  };
}
