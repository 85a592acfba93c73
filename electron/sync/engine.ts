/**
 * One sync pass: companies and rates, then each transaction stream (stream-pass.ts), whose pages
 * are classified, ingested and checkpointed together with their cursor, so a crash at any point
 * leaves either a whole commit with its cursor or nothing of it.
 */
import type { PaymentStream } from '../../shared/domain';
import type { SyncSummary } from '../../shared/sync';
import { toAppError } from '../../shared/result';
import { dayOfEpochMs } from '../../shared/days';
import type { WritableDb } from '../db/connection';
import { beginBulkLoad, finishBulkLoad } from '../db/mutations/bulk-load';
import { createBulkIngester } from '../db/mutations/bulk-ingest';
import { createTransactionIngester } from '../db/mutations/ingest-transactions';
import { reattachAccounts } from '../db/mutations/reattach-accounts';
import { replaceRates, upsertCompanies } from '../db/mutations/reference-data';
import { keepRejected } from '../db/mutations/rejected-records';
import { ensureSource, finishRun, startRun } from '../db/mutations/sync-state';
import { lastTransactionDay } from '../db/queries/sync-facts';
import { databaseWriteError } from '../db/write-errors';
import { loadAccountOwners } from '../db/queries/account-owners';
import type { CdmSource, CompanyBatch } from '../sources/source';
import { ProgressMeter } from './progress-meter';
import { bulkCommitRecords, syncStream } from './stream-pass';
import { partyFilters, syncStreamByParty } from './party-pass';
import { replaceSourceScope } from '../db/mutations/scope';
import { sourceScopeIds } from '../db/queries/scope';
import { emptyTally, type Tally } from './tally';
import type { SyncProgress } from '../../shared/sync';

/** The page cache of a scoped pass and of a bulk load, in SQLite's negative-KiB form: 16 MB. */
export const smallCacheSize = -16_384;

export interface SyncPassOptions {
  readonly db: WritableDb;
  readonly source: CdmSource;
  /** The URL the source was created for; identifies its cursors in the database. */
  readonly sourceUrl: string;
  readonly strictIban?: boolean;
  readonly streams?: readonly PaymentStream[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  /** Milliseconds between progress reports (0 reports every page). */
  readonly progressIntervalMs?: number;
  /** Records per database commit (see stream-pass.ts). */
  readonly commitRecords?: number;
  /**
   * Whether a first sync may load in bulk (bulk-load.ts); default true. Tests turn it off to compare
   * with page-by-page ingest.
   */
  readonly bulkLoad?: boolean;
  /**
   * Replaces the source's stored scope before the pass (the CLI's `--companies`): the companies
   * whose transactions to fetch, or null for the whole bank. Absent: the stored scope applies.
   */
  readonly scope?: readonly number[] | null;
  /** Party filters read at once in a scoped cdm-api pass (party-pass.ts). */
  readonly partyConnections?: number;
  readonly clock?: () => number;
}

/** Settles a bulk load and moves what it decided into the pass's counts. */
function finishLoad(db: WritableDb, tally: Tally): void {
  const { batchMembers, leftOut } = finishBulkLoad(db);
  tally.valid -= batchMembers + leftOut;
  tally.quarantined['batch-payment'] += batchMembers;
}

/** The accounts of the companies in scope (a company the source does not list has none). */
function accountsOf(owners: ReadonlyMap<string, number>, scope: readonly number[]): Set<string> {
  const companies = new Set(scope);
  const ibans = new Set<string>();
  for (const [iban, companyId] of owners) if (companies.has(companyId)) ibans.add(iban);
  return ibans;
}

export async function runSyncPass(options: SyncPassOptions): Promise<SyncSummary> {
  const { db, source, signal } = options;
  const clock = options.clock ?? Date.now;
  const startMs = clock();
  const meter = new ProgressMeter(clock, startMs, lastTransactionDay(db));
  const tally = emptyTally();
  let lastReportMs = -Infinity;
  const report = (force = false) => {
    const now = clock();
    if (!force && now - lastReportMs < (options.progressIntervalMs ?? 250)) return;
    lastReportMs = now;
    options.onProgress?.(meter.snapshot());
  };
  const summarize = (outcome: SyncSummary['outcome'], error: SyncSummary['error']): SyncSummary => {
    const durationMs = clock() - startMs;
    const { pages, records, retries } = meter.totals;
    return {
      outcome,
      dialect: source.dialect,
      durationMs,
      ...tally,
      pages,
      records,
      retries,
      recordsPerSecond: durationMs > 0 ? Math.round((records * 1000) / durationMs) : 0,
      error,
    };
  };
  const unsubscribe = source.onRetry(() => {
    meter.retry();
  });
  meter.enter('companies');
  report(true);
  // The first request comes before the first write: a source that cannot be reached, is not a CDM
  // API or refuses our credentials leaves the database exactly as it was. Later pages of the list
  // are stored as they come, so a bank's whole list is never held in memory at once.
  const companyPages = source.companyPages(signal);
  let page: IteratorResult<CompanyBatch>;
  try {
    page = await companyPages.next();
  } catch (cause) {
    unsubscribe();
    const error = signal?.aborted
      ? { code: 'cancelled' as const, message: 'The sync was cancelled.' }
      : toAppError(cause);
    return summarize(error.code === 'cancelled' ? 'cancelled' : 'failed', error);
  }
  const sourceId = ensureSource(db, options.sourceUrl, source.dialect, startMs);
  if (options.scope !== undefined) replaceSourceScope(db, sourceId, options.scope);
  const scope = sourceScopeIds(db, sourceId);
  // A portfolio's database is small, while the bank's company list it writes first would fill the
  // whole page cache: a scoped pass runs with a quarter of it (mega, 200 companies: peak RSS 351 ->
  // 314 MB, docs/benchmarks.md "Scoped sync"). Restored when the pass ends.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (scope !== null) db.pragma(`cache_size = ${String(smallCacheSize)}`);
  const runId = startRun(db, sourceId, startMs);
  let bulk = false;

  try {
    // Accounts that became known after their transactions were stored get their history back.
    const hasTransactions = lastTransactionDay(db) !== null;
    const listed = new Set<number>();
    for (; page.done !== true; page = await companyPages.next()) {
      const { companies, rejected } = page.value;
      const written = upsertCompanies(db, companies);
      tally.companies += written.companies;
      tally.accounts += written.accounts;
      keepRejected(db, 'company', rejected, clock());
      tally.rejected.companies += rejected.length;
      if (written.newIbans.length > 0 && hasTransactions) reattachAccounts(db, written.newIbans);
      for (const { companyId } of companies) listed.add(companyId);
    }

    meter.enter('rates');
    report(true);
    const rates = await source.rates(signal);
    replaceRates(db, rates.rates, dayOfEpochMs(clock()));
    keepRejected(db, 'rate', rates.rejected, clock());
    tally.rates = rates.rates.length;
    tally.rejected.rates = rates.rejected.length;

    // A first sync (or one that resumes an unfinished bulk load) loads in bulk; later ones page by page.
    bulk = (options.bulkLoad ?? true) && beginBulkLoad(db);
    // A bulk load appends: rows by rowid, and its one index by time, stream after stream, so the
    // pages it touches are few at a time. A 16 MB cache instead of 64 MB took a medium load's peak
    // from 334 to 301-302 MB at the same speed (docs/benchmarks.md "A quiet machine").
    if (bulk) db.pragma(`cache_size = ${String(smallCacheSize)}`);
    const owners = loadAccountOwners(db);
    const scopeIbans = scope === null ? null : accountsOf(owners, scope);
    if (scope !== null) {
      tally.scope = {
        companies: scope.length,
        accounts: scopeIbans?.size ?? 0,
        unknownCompanyIds: scope.filter((id) => !listed.has(id)).slice(0, 20),
      };
    }
    const passContext = {
      db,
      source,
      sourceId,
      owners,
      ingester: bulk ? createBulkIngester(db) : createTransactionIngester(db),
      strictIban: options.strictIban ?? false,
      meter,
      tally,
      clock,
      report,
      signal,
      commitRecords: options.commitRecords ?? (bulk ? bulkCommitRecords : undefined),
    };
    for (const stream of options.streams ?? (['sepa', 'swift'] as const)) {
      meter.enter(stream);
      report(true);
      if (scopeIbans === null) await syncStream(passContext, stream);
      else if (source.nextPartyPage !== undefined)
        await syncStreamByParty(passContext, stream, partyFilters([...scopeIbans]), options.partyConnections);
      else
        // Without party filters every record is received; only those touching the scope are kept.
        await syncStream(
          {
            ...passContext,
            keep: (record) => scopeIbans.has(record.payer) || scopeIbans.has(record.beneficiary),
          },
          stream,
        );
    }
    if (bulk) {
      bulk = false;
      finishLoad(db, tally);
    }
    meter.enter('done');
    report(true);
    const summary = summarize('complete', null);
    finishRun(db, runId, clock(), 'complete', summary);
    return summary;
  } catch (cause) {
    const error = signal?.aborted
      ? { code: 'cancelled' as const, message: 'The sync was cancelled.' }
      : (databaseWriteError(cause) ?? toAppError(cause));
    // What a stopped bulk load stored so far gets its figures now; the next sync goes on page by page.
    if (bulk) {
      try {
        finishLoad(db, tally);
      } catch {
        // The load stays marked unfinished (nothing of this attempt was kept); the next sync finishes it.
      }
    }
    const summary = summarize(error.code === 'cancelled' ? 'cancelled' : 'failed', error);
    try {
      finishRun(db, runId, clock(), summary.outcome, summary);
    } catch (unrecorded) {
      // A full or read-only database cannot record the run either; the summary still reports it.
      if (databaseWriteError(unrecorded) === null) throw unrecorded;
    }
    return summary;
  } finally {
    unsubscribe();
    db.pragma(`cache_size = ${String(cacheSize)}`);
  }
}
