/**
 * The ingester of a bulk load (bulk-load.ts): stores each record with its identity index only and
 * counts it by its own classification. Batch-payment groups, possible duplicates and aggregates are
 * settled when the load finishes, so a record's figures appear then, not commit by commit.
 */
import type { WritableDb } from '../connection';
import { emptyIngestCounts, type TransactionIngester } from './ingest-transactions';
import { createSpanWidener } from './synced-span';
import { keyed, prepareTxnStore } from './txn-insert';

export function createBulkIngester(db: WritableDb): TransactionIngester {
  const store = prepareTxnStore(db);
  const widenSpans = createSpanWidener(db);
  return {
    ingest(records, owners) {
      const counts = emptyIngestCounts();
      counts.received = records.length;
      for (const record of records) {
        const keyedRecord = keyed(record);
        if (store.isStored(keyedRecord)) {
          counts.duplicates += 1;
          continue;
        }
        store.insert(keyedRecord, owners.get(record.payer) ?? null, owners.get(record.beneficiary) ?? null);
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
