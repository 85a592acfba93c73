/**
 * One pass over one transaction stream of a scoped cdm-api sync (docs/architecture.md "Scope"):
 * for every account of the companies in scope, the records it pays and the records it receives,
 * each read through the API's party filter with a keyset cursor of its own. A bounded number of
 * filters are read at once. Received pages wait in one buffer; a commit stores them with the
 * latest cursor of every filter they came through, so a crash keeps each filter's records and
 * cursor together. A transfer seen through two filters (both sides in scope, or two accounts of one
 * company) is stored once: the second delivery is an exact re-delivery, which the identity index
 * turns into a no-op.
 */
import type { PaymentStream } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import { loadFilterCursors, saveFilterCursor } from '../db/mutations/sync-state';
import type { PartyFilter } from '../sources/source';
import { classifyTransaction, type ClassifiedTransaction } from './classify';
import { defaultCommitRecords, type StreamPassContext } from './stream-pass';
import { addCounts } from './tally';

/** Filters read at once: enough to hide the round trips, few enough to spare the bank's API. */
export const defaultPartyConnections = 4;

const filterKey = (filter: PartyFilter) => `${filter.side}:${filter.iban}`;

/** Both party filters of every account, in a stable order. */
export function partyFilters(ibans: readonly string[]): PartyFilter[] {
  return [...new Set(ibans)].sort().flatMap((iban) => [
    { side: 'payer' as const, iban },
    { side: 'beneficiary' as const, iban },
  ]);
}

function latestDay(records: readonly ClassifiedTransaction[]): number | null {
  let latest: number | null = null;
  for (const { day } of records) if (day !== null && (latest === null || day > latest)) latest = day;
  return latest;
}

export async function syncStreamByParty(
  context: StreamPassContext,
  stream: PaymentStream,
  filters: readonly PartyFilter[],
  connections = defaultPartyConnections,
): Promise<void> {
  const { db, source, sourceId, signal, meter } = context;
  const nextPartyPage = source.nextPartyPage;
  if (nextPartyPage === undefined)
    throw new AppFailure('internal', 'This source cannot filter transactions by party.');
  const commitRecords = context.commitRecords ?? defaultCommitRecords;
  const saved = loadFilterCursors(db, sourceId, stream);
  let waiting: ClassifiedTransaction[] = [];
  let waitingCursors = new Map<string, { filter: PartyFilter; cursor: unknown }>();

  const commit = () => {
    if (waitingCursors.size === 0) return;
    const records = waiting;
    const cursors = [...waitingCursors.values()];
    const counts = db.transaction(() => {
      const result = context.ingester.ingest(records, context.owners);
      for (const { filter, cursor } of cursors)
        saveFilterCursor(db, sourceId, stream, filter, cursor, context.clock());
      return result;
    })();
    addCounts(context.tally, counts);
    waiting = [];
    waitingCursors = new Map();
  };

  let next = 0;
  // The first failure stops every reader; the others finish the page they are waiting for.
  const failures: Error[] = [];
  const stopped = () => failures.length > 0 || signal?.aborted === true;

  const readFilter = async (filter: PartyFilter) => {
    let cursor: unknown = saved.get(filterKey(filter)) ?? null;
    for (;;) {
      const page = await nextPartyPage(stream, filter, cursor, signal);
      const classified = page.records.map((record) =>
        classifyTransaction(record, { strictIban: context.strictIban }),
      );
      for (const record of classified) waiting.push(record);
      waitingCursors.set(filterKey(filter), { filter, cursor: page.cursor });
      if (waiting.length >= commitRecords) commit();
      meter.page(page.records.length, latestDay(classified));
      context.report();
      if (page.endOfPass || stopped()) return;
      cursor = page.cursor;
    }
  };

  const worker = async () => {
    while (!stopped()) {
      const filter = filters[next];
      if (filter === undefined) return;
      next += 1;
      try {
        await readFilter(filter);
      } catch (cause) {
        failures.push(cause instanceof Error ? cause : new Error(String(cause)));
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(connections, filters.length)) }, worker));
  } finally {
    // Whatever was fully received is kept with its filters' cursors, even when the pass stops early.
    commit();
  }
  const [failure] = failures;
  if (failure !== undefined) throw failure;
  if (signal?.aborted === true) throw new AppFailure('cancelled', 'The sync was cancelled.');
}
