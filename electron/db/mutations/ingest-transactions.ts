/**
 * Writes classified transactions: duplicates collapse on the identity index (txn-insert.ts),
 * batch-payment groups are detected against every sibling already stored (across pages and polls),
 * and the daily aggregates gain each valid record and lose any record that a later sibling turns
 * dirty.
 * Call `ingest` inside the transaction that also saves the sync cursor.
 */
import type { QuarantineReason } from '../../../shared/domain';
import { missingTimestampMs, type ClassifiedTransaction } from '../../../shared/classified-transaction';
import type { WritableDb } from '../connection';
import { duplicateDetail, sameApartFromId } from './duplicates';
import { FlowDeltas } from './flow-deltas';
import { createSpanWidener } from './synced-span';
import { keyed, prepareTxnStore, type KeyedRecord } from './txn-insert';

export interface IngestCounts {
  received: number;
  inserted: number;
  duplicates: number;
  /** Net change in the number of valid records (a demoted sibling counts -1). */
  valid: number;
  /** Records stored as dirty in this call, per reason (including siblings demoted by a new one). */
  quarantined: Record<QuarantineReason, number>;
  /** Records that were valid until a sibling arrived in this call. */
  demoted: number;
  strictIbanWarnings: number;
}

export function emptyIngestCounts(): IngestCounts {
  return {
    received: 0,
    inserted: 0,
    duplicates: 0,
    valid: 0,
    quarantined: { 'batch-payment': 0, 'invalid-iban': 0, 'invalid-currency': 0, malformed: 0 },
    demoted: 0,
    strictIbanWarnings: 0,
  };
}

interface SiblingRow {
  readonly txn_id: number;
  readonly status: number;
  readonly payer: string;
  readonly beneficiary: string;
  readonly payer_company: number | null;
  readonly beneficiary_company: number | null;
  readonly day: number;
  readonly currency: string;
  readonly amount_cents: number;
}

export type AccountOwners = ReadonlyMap<string, number>;

/** Stores a commit's classified records; call inside the transaction that also saves the cursor. */
export interface TransactionIngester {
  ingest(records: readonly ClassifiedTransaction[], owners: AccountOwners): IngestCounts;
}

export function createTransactionIngester(db: WritableDb): TransactionIngester {
  const store = prepareTxnStore(db);
  // The stored records of the record's batch key (time, source, id, parties): nearly always none,
  // and then the identity index alone answers. One with the same amount is the record itself.
  const batchKeyRows = db.prepare(`
    SELECT txn_id, status, payer, beneficiary, payer_company, beneficiary_company, day, currency, amount_cents
    FROM txn WHERE ts_ms = ? AND ident = ? AND source = ? AND ext_id = ? AND payer = ? AND beneficiary = ?`);
  const demote = db.prepare(
    "UPDATE txn SET status = 1, reason = 'batch-payment', detail = ? WHERE txn_id = ? AND status = 0",
  );
  const markBatch = db.prepare(
    "UPDATE txn SET status = 1, reason = 'batch-payment', detail = ? WHERE txn_id = ?",
  );
  const upsertGroup = db.prepare(`
    INSERT INTO batch_group (ts_ms, source, ext_id, payer, beneficiary, members) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (ts_ms, source, ext_id, payer, beneficiary) DO UPDATE SET members = excluded.members`);
  const deltas = new FlowDeltas(db);
  // With "exclude possible duplicates" on, a new valid record identical to a stored valid one
  // apart from its id is left out at once (docs/domain.md "Duplicates"); the setting is read per page.
  const excludeSetting = db.prepare("SELECT value FROM setting WHERE key = 'excludeDuplicates'").pluck();
  const hasCopy = db
    .prepare(
      `SELECT 1 FROM txn t JOIN txn d ON ${sameApartFromId} AND d.status = 0 AND d.txn_id <> t.txn_id
       WHERE t.txn_id = ? LIMIT 1`,
    )
    .pluck();
  const leaveOut = db.prepare('UPDATE txn SET status = 1, reason = NULL, detail = ? WHERE txn_id = ?');
  let excludeDuplicates = false;
  const widenSpans = createSpanWidener(db);

  /** The stored records with the record's identity apart from the amount: its batch group so far. */
  function storedSiblings({ record, source, ident }: KeyedRecord): SiblingRow[] {
    return batchKeyRows.all(
      record.tsMs,
      ident,
      source,
      record.extId,
      record.payer,
      record.beneficiary,
    ) as SiblingRow[];
  }

  function ingestOne(record: ClassifiedTransaction, owners: AccountOwners, counts: IngestCounts): void {
    const keyedRecord = keyed(record);
    // A record without a usable timestamp cannot be matched to siblings; it is malformed anyway.
    const timed = record.tsMs !== missingTimestampMs && record.day !== null;
    const group = timed ? storedSiblings(keyedRecord) : [];
    const stored = timed
      ? group.some((row) => row.amount_cents === record.amountCents)
      : store.isStored(keyedRecord);
    if (stored) {
      counts.duplicates += 1;
      return;
    }
    const payerCompany = owners.get(record.payer) ?? null;
    const beneficiaryCompany = owners.get(record.beneficiary) ?? null;
    const txnId = store.insert(keyedRecord, payerCompany, beneficiaryCompany);
    counts.inserted += 1;
    if (record.strictIbanWarning) counts.strictIbanWarnings += 1;
    if (record.reason !== null) counts.quarantined[record.reason] += 1;
    if (record.day === null || !timed) return;

    if (group.length === 0) {
      if (record.reason === null) {
        if (excludeDuplicates && hasCopy.get(txnId) !== undefined) {
          leaveOut.run(duplicateDetail, txnId);
          return;
        }
        counts.valid += 1;
        deltas.apply({ ...record, day: record.day, payerCompany, beneficiaryCompany }, 1);
      }
      return;
    }
    const members = group.length + 1;
    const detail = `one of ${String(members)} records sharing id ${record.extId}, parties and time with different amounts`;
    upsertGroup.run(record.tsMs, keyedRecord.source, record.extId, record.payer, record.beneficiary, members);
    for (const sibling of group) {
      if (sibling.status !== 0) continue;
      demote.run(detail, sibling.txn_id);
      counts.demoted += 1;
      counts.valid -= 1;
      counts.quarantined['batch-payment'] += 1;
      deltas.apply(
        {
          payer: sibling.payer,
          beneficiary: sibling.beneficiary,
          payerCompany: sibling.payer_company,
          beneficiaryCompany: sibling.beneficiary_company,
          day: sibling.day,
          currency: sibling.currency,
          amountCents: sibling.amount_cents,
        },
        -1,
      );
    }
    if (record.reason === null) {
      markBatch.run(detail, txnId);
      counts.quarantined['batch-payment'] += 1;
    }
  }

  return {
    /** Ingests one page; returns what happened to its records. */
    ingest(records: readonly ClassifiedTransaction[], owners: AccountOwners): IngestCounts {
      const counts = emptyIngestCounts();
      counts.received = records.length;
      excludeDuplicates = excludeSetting.get() === 'true';
      try {
        for (const record of records) ingestOne(record, owners, counts);
        widenSpans(records);
        deltas.flush();
      } catch (failure) {
        // The caller's transaction rolls back; a retry of the same page must start from nothing.
        deltas.discard();
        throw failure;
      }
      return counts;
    },
  };
}
