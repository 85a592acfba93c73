/**
 * One sync pass: companies and rates, then each transaction stream page by page. Each page is
 * classified, ingested and checkpointed in ONE database transaction, so a crash at any point
 * leaves either the whole page with its cursor or neither. The next page is requested before the
 * current one is written, so fetching and writing overlap.
 */
import type { QuarantineReason, TransactionSource } from '../../shared/domain';
import type { SyncSummary } from '../../shared/sync';
import { toAppError, AppFailure } from '../../shared/result';
import type { WritableDb } from '../db/connection';
import { createTransactionIngester } from '../db/mutations/ingest-transactions';
import { reattachAccounts } from '../db/mutations/reattach-accounts';
import { replaceRates, upsertCompanies } from '../db/mutations/reference-data';
import { ensureSource, finishRun, loadCursor, saveCursor, startRun } from '../db/mutations/sync-state';
import { lastTransactionDay } from '../db/queries/sync-facts';
import { loadAccountOwners } from '../db/queries/account-owners';
import type { CdmSource, CompanyBatch, TransactionPage } from '../sources/source';
import { classifyTransaction } from './classify';
import { ProgressMeter } from './progress-meter';
import type { SyncProgress } from '../../shared/sync';

export interface SyncPassOptions {
  readonly db: WritableDb;
  readonly source: CdmSource;
  /** The URL the source was created for; identifies its cursors in the database. */
  readonly sourceUrl: string;
  readonly strictIban?: boolean;
  readonly streams?: readonly TransactionSource[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  /** Milliseconds between progress reports (0 reports every page). */
  readonly progressIntervalMs?: number;
  readonly clock?: () => number;
}

interface Tally {
  companies: number;
  accounts: number;
  rates: number;
  inserted: number;
  duplicates: number;
  valid: number;
  strictIbanWarnings: number;
  quarantined: Record<QuarantineReason, number>;
}

function latestDayOf(page: TransactionPage, classifiedDays: readonly (number | null)[]): number | null {
  let latest: number | null = null;
  for (const day of classifiedDays) if (day !== null && (latest === null || day > latest)) latest = day;
  return page.records.length === 0 ? null : latest;
}

export async function runSyncPass(options: SyncPassOptions): Promise<SyncSummary> {
  const { db, source, signal } = options;
  const clock = options.clock ?? Date.now;
  const startMs = clock();
  const meter = new ProgressMeter(clock, startMs, lastTransactionDay(db));
  const tally: Tally = {
    companies: 0,
    accounts: 0,
    rates: 0,
    inserted: 0,
    duplicates: 0,
    valid: 0,
    strictIbanWarnings: 0,
    quarantined: { 'batch-payment': 0, 'invalid-iban': 0, 'invalid-currency': 0, malformed: 0 },
  };
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
  // API or refuses our credentials leaves the database exactly as it was.
  let batch: CompanyBatch;
  try {
    batch = await source.companies(signal);
  } catch (cause) {
    unsubscribe();
    const error = signal?.aborted ? { code: 'cancelled' as const, message: 'The sync was cancelled.' } : toAppError(cause);
    return summarize(error.code === 'cancelled' ? 'cancelled' : 'failed', error);
  }
  const sourceId = ensureSource(db, options.sourceUrl, source.dialect, startMs);
  const runId = startRun(db, sourceId, startMs);

  try {
    const written = upsertCompanies(db, batch.companies);
    tally.companies = written.companies;
    tally.accounts = written.accounts;
    // Accounts that became known after their transactions were stored get their history back.
    if (written.newIbans.length > 0 && lastTransactionDay(db) !== null) reattachAccounts(db, written.newIbans);

    meter.enter('rates');
    report(true);
    const rates = await source.rates(signal);
    replaceRates(db, rates);
    tally.rates = rates.length;

    const owners = loadAccountOwners(db);
    const ingester = createTransactionIngester(db);
    const strictIban = options.strictIban ?? false;
    for (const stream of options.streams ?? (['sepa', 'swift'] as const)) {
      meter.enter(stream);
      report(true);
      let pending = source.nextPage(stream, loadCursor(db, sourceId, stream), signal);
      for (;;) {
        const page = await pending;
        if (!page.endOfPass) {
          pending = source.nextPage(stream, page.cursor, signal);
          // Settled later by the loop; this only keeps an early failure from being unhandled.
          pending.catch(() => undefined);
        }
        const classified = page.records.map((record) => classifyTransaction(record, { strictIban }));
        const counts = db.transaction(() => {
          const result = ingester.ingest(classified, owners);
          saveCursor(db, sourceId, stream, page.cursor, clock());
          return result;
        })();
        tally.inserted += counts.inserted;
        tally.duplicates += counts.duplicates;
        tally.valid += counts.valid;
        tally.strictIbanWarnings += counts.strictIbanWarnings;
        for (const reason of Object.keys(counts.quarantined) as QuarantineReason[]) {
          tally.quarantined[reason] += counts.quarantined[reason];
        }
        meter.page(page.records.length, latestDayOf(page, classified.map((c) => c.day)));
        report();
        if (page.endOfPass) break;
        if (signal?.aborted) throw new AppFailure('cancelled', 'The sync was cancelled.');
      }
    }
    meter.enter('done');
    report(true);
    const summary = summarize('complete', null);
    finishRun(db, runId, clock(), 'complete', summary);
    return summary;
  } catch (cause) {
    const error = signal?.aborted ? { code: 'cancelled' as const, message: 'The sync was cancelled.' } : toAppError(cause);
    const summary = summarize(error.code === 'cancelled' ? 'cancelled' : 'failed', error);
    finishRun(db, runId, clock(), summary.outcome, summary);
    return summary;
  } finally {
    unsubscribe();
  }
}
