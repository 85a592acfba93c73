/**
 * The IPC contract: every method the renderer may call, with the zod schema of its argument and
 * the type of its result. The preload, the main-process handler registration, the HTTP test host
 * and the renderer's client are all derived from this one object.
 */
import { z } from 'zod';
import type { AppInfo } from './app-info';
import type { ScopeDropResult, SourceCheck, SourceInfo, SyncStatus } from './sync';
import {
  sourceRemoveArgument,
  sourceRequest,
  sourceScopeDropArgument,
  sourceUpdateRequest,
  syncStartArgument,
} from './sync-schemas';
import type {
  CompanyBalance,
  CounterpartiesResult,
  CountriesResult,
  ForecastResult,
  InterestResult,
  SearchHit,
  SeriesResult,
  TransactionsPage,
} from './analytics';
import { portfolioArgument, type PortfolioResult } from './portfolio';
import { qualityArgument, type QualityReport } from './quality';
import {
  annualRate,
  companyId,
  counterpartiesArgument,
  day,
  dayRange,
  granularity,
  reportingCurrency,
  transactionsArgument,
} from './schemas';
import type { CompanyProfile } from './company-profile';
import { reportRequest, type ReportExportResult, type ReportStatus } from './reports';
import { settingsUpdateArgument, type Settings, type SettingsUpdateResult } from './settings';

export interface MethodSpec<Input extends z.ZodType, Output> {
  readonly channel: `${string}:${string}`;
  readonly input: Input;
  /** Phantom field: carries the result type only, never read at run time. */
  readonly output?: Output;
}

function method<Input extends z.ZodType, Output>(
  channel: `${string}:${string}`,
  input: Input,
): MethodSpec<Input, Output> {
  return { channel, input };
}

const noArgument = z.object({}).strict().optional();

const searchArgument = z
  .object({
    text: z.string().max(200),
    limit: z.number().int().min(1).max(50).default(10),
    currency: reportingCurrency,
  })
  .strict();
const summaryArgument = z.object({ companyId, at: day.optional(), currency: reportingCurrency }).strict();
const profileArgument = z.object({ companyId }).strict();
const seriesArgument = z
  .object({ companyId, from: day, to: day, granularity, currency: reportingCurrency })
  .strict()
  .refine((range) => range.from <= range.to, { message: '`from` must not be after `to`', path: ['from'] });
const interestArgument = z
  .object({
    companyId,
    from: day,
    to: day,
    currency: reportingCurrency,
    debitRate: annualRate.optional(),
    creditRate: annualRate.optional(),
  })
  .strict()
  .refine((range) => range.from <= range.to, { message: '`from` must not be after `to`', path: ['from'] });
const forecastArgument = z.object({ companyId, at: day, currency: reportingCurrency }).strict();

export const contract = {
  appInfo: method<typeof noArgument, AppInfo>('app:info', noArgument),
  searchCompanies: method<typeof searchArgument, readonly SearchHit[]>('company:search', searchArgument),
  /** Who the company is and which days its data covers: what the company view opens with. */
  companyProfile: method<typeof profileArgument, CompanyProfile>('company:profile', profileArgument),
  companySummary: method<typeof summaryArgument, CompanyBalance>('company:summary', summaryArgument),
  companySeries: method<typeof seriesArgument, SeriesResult>('company:series', seriesArgument),
  companyCountries: method<typeof dayRange, CountriesResult>('company:countries', dayRange),
  companyInterest: method<typeof interestArgument, InterestResult>('company:interest', interestArgument),
  companyForecast: method<typeof forecastArgument, ForecastResult>('company:forecast', forecastArgument),
  companyCounterparties: method<typeof counterpartiesArgument, CounterpartiesResult>(
    'company:counterparties',
    counterpartiesArgument,
  ),
  companyTransactions: method<typeof transactionsArgument, TransactionsPage>(
    'company:transactions',
    transactionsArgument,
  ),
  portfolio: method<typeof portfolioArgument, PortfolioResult>('portfolio:list', portfolioArgument),
  qualityReport: method<typeof qualityArgument, QualityReport>('quality:report', qualityArgument),
  settingsGet: method<typeof noArgument, Settings>('settings:get', noArgument),
  settingsUpdate: method<typeof settingsUpdateArgument, SettingsUpdateResult>(
    'settings:update',
    settingsUpdateArgument,
  ),
  sourceList: method<typeof noArgument, readonly SourceInfo[]>('source:list', noArgument),
  sourceTest: method<typeof sourceRequest, SourceCheck>('source:test', sourceRequest),
  sourceAdd: method<typeof sourceRequest, SourceInfo>('source:add', sourceRequest),
  sourceUpdate: method<typeof sourceUpdateRequest, SourceInfo>('source:update', sourceUpdateRequest),
  /** Forgets a source and its sync history; the data it brought stays. */
  sourceRemove: method<typeof sourceRemoveArgument, readonly SourceInfo[]>(
    'source:remove',
    sourceRemoveArgument,
  ),
  /**
   * Deletes the stored transactions of companies taken out of a source's scope that no company still
   * in scope needs (`companyIds` must be outside the scope now); the figures are corrected with them.
   */
  sourceScopeDrop: method<typeof sourceScopeDropArgument, ScopeDropResult>(
    'source:scope-drop',
    sourceScopeDropArgument,
  ),
  syncStart: method<typeof syncStartArgument, SourceInfo>('sync:start', syncStartArgument),
  syncCancel: method<typeof noArgument, SyncStatus>('sync:cancel', noArgument),
  syncStatus: method<typeof noArgument, SyncStatus>('sync:status', noArgument),
  demoStart: method<typeof noArgument, SourceInfo>('demo:start', noArgument),
  /** Asks the main process where to save (its save dialog), then writes the report there. */
  reportExport: method<typeof reportRequest, ReportExportResult>('report:export', reportRequest),
  reportStatus: method<typeof noArgument, ReportStatus>('report:status', noArgument),
  reportCancel: method<typeof noArgument, ReportStatus>('report:cancel', noArgument),
  /** Shows the last saved report in the system's file manager; false when there is none. */
  reportReveal: method<typeof noArgument, boolean>('report:reveal', noArgument),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodArgument<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
