/**
 * One sync job from start to end, as a plain function: connect to the source (detecting its dialect),
 * open the database's single writer connection, run a pass, close both. The worker thread runs this;
 * tests may call it directly. A source that cannot be reached, is not a CDM API or refuses our
 * credentials fails before anything is written.
 */
import type { SyncProgress, SyncSummary } from '../../shared/sync';
import { toAppError, type AppError } from '../../shared/result';
import type { Dialect, PaymentStream } from '../../shared/domain';
import { openWritableDatabase } from '../db/connection';
import { databaseWriteError } from '../db/write-errors';
import { createSource } from '../sources/create-source';
import type { HttpTimeouts } from '../sources/http/http-client';
import type { RetryOptions } from '../sources/http/retry-policy';
import type { SourceAuth } from '../sources/http/source-url';
import type { CdmSource } from '../sources/source';
import { runSyncPass } from './engine';

export interface SyncTuning {
  readonly timeouts?: HttpTimeouts;
  readonly retry?: RetryOptions;
  readonly pageLimit?: number;
  readonly commitRecords?: number;
  /** false: ingest page by page even into an empty database (see engine.ts). */
  readonly bulkLoad?: boolean;
  /** Party filters read at once by a scoped cdm-api sync (party-pass.ts). */
  readonly partyConnections?: number;
}

export interface SyncJob {
  readonly dbPath: string;
  readonly url: string;
  /**
   * The identity the source's cursors are saved under; defaults to `url`. The demo simulator gets a
   * new port each start, so its cursors live under a stable key instead.
   */
  readonly sourceKey?: string;
  readonly dialect: Dialect | 'auto';
  readonly auth?: SourceAuth;
  readonly strictIban?: boolean;
  readonly streams?: readonly PaymentStream[];
  /**
   * Stores this scope for the source before the pass (company ids; null: the whole bank). Absent:
   * the scope stored with the source applies (the desktop app stores it through source:update).
   */
  readonly scope?: readonly number[] | null;
  /** Timeouts, retries, page size and commit size; tests and benchmarks tune them. */
  readonly tuning?: SyncTuning;
}

export interface SyncJobHooks {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly progressIntervalMs?: number;
}

/** The summary of a job that failed before its first pass could begin. */
export function failedSummary(error: AppError, durationMs: number): SyncSummary {
  return {
    outcome: error.code === 'cancelled' ? 'cancelled' : 'failed',
    dialect: null,
    durationMs,
    companies: 0,
    accounts: 0,
    rates: 0,
    pages: 0,
    records: 0,
    inserted: 0,
    duplicates: 0,
    valid: 0,
    quarantined: { 'batch-payment': 0, 'invalid-iban': 0, 'invalid-currency': 0, malformed: 0 },
    rejected: { companies: 0, rates: 0 },
    strictIbanWarnings: 0,
    retries: 0,
    recordsPerSecond: 0,
    error,
  };
}

export async function runSyncJob(job: SyncJob, hooks: SyncJobHooks = {}): Promise<SyncSummary> {
  const startMs = Date.now();
  let source: CdmSource;
  try {
    source = await createSource({
      url: job.url,
      dialect: job.dialect,
      ...(job.auth === undefined ? {} : { auth: job.auth }),
      ...(job.tuning?.timeouts === undefined ? {} : { timeouts: job.tuning.timeouts }),
      ...(job.tuning?.retry === undefined ? {} : { retry: job.tuning.retry }),
      ...(job.tuning?.pageLimit === undefined ? {} : { pageLimit: job.tuning.pageLimit }),
      ...(hooks.signal === undefined ? {} : { signal: hooks.signal }),
    });
  } catch (cause) {
    return failedSummary(toAppError(cause), Date.now() - startMs);
  }
  try {
    const db = openWritableDatabase(job.dbPath);
    try {
      return await runSyncPass({
        db,
        source,
        sourceUrl: job.sourceKey ?? job.url,
        strictIban: job.strictIban ?? false,
        ...(job.streams === undefined ? {} : { streams: job.streams }),
        ...(hooks.signal === undefined ? {} : { signal: hooks.signal }),
        ...(hooks.onProgress === undefined ? {} : { onProgress: hooks.onProgress }),
        ...(hooks.progressIntervalMs === undefined ? {} : { progressIntervalMs: hooks.progressIntervalMs }),
        ...(job.tuning?.commitRecords === undefined ? {} : { commitRecords: job.tuning.commitRecords }),
        ...(job.tuning?.bulkLoad === undefined ? {} : { bulkLoad: job.tuning.bulkLoad }),
        ...(job.tuning?.partyConnections === undefined
          ? {}
          : { partyConnections: job.tuning.partyConnections }),
        ...(job.scope === undefined ? {} : { scope: job.scope }),
      });
    } finally {
      db.close();
    }
  } catch (cause) {
    return failedSummary(databaseWriteError(cause) ?? toAppError(cause), Date.now() - startMs);
  } finally {
    await source.close();
  }
}
