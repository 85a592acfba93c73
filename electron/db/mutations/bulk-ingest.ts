/**
 * The ingester of a bulk load (bulk-load.ts): stores each record with its identity index only and
 * counts it by its own classification. Batch-payment groups, possible duplicates and aggregates are
 * settled when the load finishes, so a record's figures appear then, not commit by commit.
 *
 * Duplicates still collapse at once. An in-memory filter of the keys stored so far (identity-filter.ts,
 * seeded from the index when a load resumes) spares the index probe for a record whose key it has
 * never seen, which is nearly every record of a first sync.
 */
import type { WritableDb } from '../connection';
import { IdentityFilter } from '../identity-filter';
import { emptyIngestCounts, type TransactionIngester } from './ingest-transactions';
import { createSpanWidener } from './synced-span';
import { keyed, prepareTxnStore, type KeyedRecord } from './txn-insert';

function storedKeys(db: WritableDb): IdentityFilter {
  const filter = new IdentityFilter();
  const keys = db.prepare('SELECT ts_ms, ident, amount_cents FROM txn').raw().iterate() as IterableIterator<
    [number, number, number]
  >;
  for (const [tsMs, ident, amountCents] of keys) filter.add({ tsMs, ident, amountCents });
  return filter;
}

export function createBulkIngester(db: WritableDb): TransactionIngester {
  const store = prepareTxnStore(db);
  const widenSpans = createSpanWidener(db);
  const seen = storedKeys(db);
  const filterKey = ({ record, ident }: KeyedRecord) => ({
    tsMs: record.tsMs,
    ident,
    amountCents: record.amountCents,
  });
  return {
    ingest(records, owners) {
      const counts = emptyIngestCounts();
      counts.received = records.length;
      for (const record of records) {
        const keyedRecord = keyed(record);
        const key = filterKey(keyedRecord);
        if (seen.mayHold(key) && store.isStored(keyedRecord)) {
          counts.duplicates += 1;
          continue;
        }
        store.insert(keyedRecord, owners.get(record.payer) ?? null, owners.get(record.beneficiary) ?? null);
        seen.add(key);
        counts.inserted += 1;
        if (record.strictIbanWarning) counts.strictIbanWarnings += 1;
        if (record.reason === null) counts.valid += 1;
        else counts.quarantined[record.reason] += 1;
      }
      widenSpans(records);
      return counts;
    },
  };
}
