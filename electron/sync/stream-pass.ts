/**
 * One pass over one transaction stream. The next page is requested before the current one is
 * written, so fetching and writing overlap. Pages are grouped into commits of a few thousand
 * records: each commit holds its records, their aggregate changes and the cursor of its last page,
 * so a crash leaves either all of it or none; fewer, larger commits write far fewer WAL frames
 * than one commit per page.
 */
import type { PaymentStream } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import type { WritableDb } from '../db/connection';
import type { AccountOwners, TransactionIngester } from '../db/mutations/ingest-transactions';
import { loadCursor, saveCursor } from '../db/mutations/sync-state';
import type { CdmSource, TransactionPage } from '../sources/source';
import { classifyTransaction, type ClassifiedTransaction } from './classify';
import type { ProgressMeter } from './progress-meter';
import { addCounts, type Tally } from './tally';

/** Records per commit; big enough to amortise a commit, small enough to lose little on a crash. */
export const defaultCommitRecords = 50_000;

/**
 * Records per commit of a bulk load, which writes no aggregate rows a larger commit could share:
 * 10,000 cost ~6 % more CPU than 50,000 on `medium` and held ~45 MB less at peak (docs/benchmarks.md).
 */
export const bulkCommitRecords = 10_000;

export interface StreamPassContext {
  readonly db: WritableDb;
  readonly source: CdmSource;
  readonly sourceId: number;
  readonly owners: AccountOwners;
  readonly ingester: TransactionIngester;
  readonly strictIban: boolean;
  readonly meter: ProgressMeter;
  readonly tally: Tally;
  readonly clock: () => number;
  readonly report: () => void;
  readonly signal?: AbortSignal | undefined;
  readonly commitRecords?: number | undefined;
  /**
   * Which classified records to store; the rest are received and dropped. A scoped sync of a source
   * without party filters (exposer) keeps only the records that touch the scope.
   */
  readonly keep?: ((record: ClassifiedTransaction) => boolean) | undefined;
}

function latestDay(records: readonly ClassifiedTransaction[]): number | null {
  let latest: number | null = null;
  for (const { day } of records) if (day !== null && (latest === null || day > latest)) latest = day;
  return latest;
}

export async function syncStream(context: StreamPassContext, stream: PaymentStream): Promise<void> {
  const { db, source, sourceId, signal, meter } = context;
  const commitRecords = context.commitRecords ?? defaultCommitRecords;
  let waiting: ClassifiedTransaction[] = [];
  let waitingCursor: unknown = null;
  let hasWaiting = false;

  const commit = () => {
    if (!hasWaiting) return;
    const records = waiting;
    const cursor = waitingCursor;
    const counts = db.transaction(() => {
      const result = context.ingester.ingest(records, context.owners);
      saveCursor(db, sourceId, stream, cursor, context.clock());
      return result;
    })();
    addCounts(context.tally, counts);
    waiting = [];
    hasWaiting = false;
  };

  let pending: Promise<TransactionPage> = source.nextPage(stream, loadCursor(db, sourceId, stream), signal);
  try {
    for (;;) {
      const page = await pending;
      if (!page.endOfPass) {
        pending = source.nextPage(stream, page.cursor, signal);
        // Settled by the next turn of the loop; this only keeps an early failure from going unhandled.
        pending.catch(() => undefined);
        // One turn of the event loop before this page is written, so that the request is on the
        // wire while the writer works: the HTTP client sends it from a later turn, and without this
        // the server only began the next page once the writer was done with this one (a fifth of a
        // medium sync was spent waiting for pages; docs/benchmarks.md).
        await new Promise((resolve) => setImmediate(resolve));
      }
      const classified = page.records.map((record) =>
        classifyTransaction(record, { strictIban: context.strictIban }),
      );
      for (const record of classified) if (context.keep?.(record) ?? true) waiting.push(record);
      waitingCursor = page.cursor;
      hasWaiting = true;
      if (page.endOfPass || waiting.length >= commitRecords) commit();
      meter.page(page.records.length, latestDay(classified));
      context.report();
      if (page.endOfPass) return;
      if (signal?.aborted) throw new AppFailure('cancelled', 'The sync was cancelled.');
    }
  } finally {
    // Whatever was fully received is kept with its cursor, even when the pass stops early.
    commit();
  }
}
