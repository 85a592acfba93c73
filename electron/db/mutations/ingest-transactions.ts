/**
 * Writes classified transactions: duplicates collapse on the identity index, batch-payment groups
 * are detected against every sibling already stored (across pages and polls), and the daily
 * aggregates gain each valid record and lose any record that a later sibling turns dirty.
 * Call `ingest` inside the transaction that also saves the sync cursor.
 */
import type { QuarantineReason } from '../../../shared/domain';
import { missingTimestampMs, type ClassifiedTransaction } from '../../../shared/classified-transaction';
import type { WritableDb } from '../connection';
import { streamCode } from '../stream-code';
import { duplicateDetail, sameApartFromId } from './duplicates';
import { FlowDeltas } from './flow-deltas';
import { createSpanWidener } from './synced-span';
import { prepareTxnInsert } from './txn-insert';

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
  const insert = prepareTxnInsert(db);
  // Answered from the identity index alone (it leads with these columns): nearly every record is
  // alone in its group, and only then are the siblings' full rows worth reading.
  const groupSize = db
    .prepare(
      'SELECT count(*) FROM txn WHERE ts_ms = ? AND source = ? AND ext_id = ? AND payer = ? AND beneficiary = ?',
    )
    .pluck();
  const siblings = db.prepare(`
    SELECT txn_id, status, payer, beneficiary, payer_company, beneficiary_company, day, currency, amount_cents
    FROM txn WHERE ts_ms = ? AND source = ? AND ext_id = ? AND payer = ? AND beneficiary = ?`);
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

  function ingestOne(record: ClassifiedTransaction, owners: AccountOwners, counts: IngestCounts): void {
    const source = streamCode(record.source);
    const payerCompany = owners.get(record.payer) ?? null;
    const beneficiaryCompany = owners.get(record.beneficiary) ?? null;
    const result = insert(record, payerCompany, beneficiaryCompany);
    if (result.changes === 0) {
      counts.duplicates += 1;
      return;
    }
    counts.inserted += 1;
    const txnId = Number(result.lastInsertRowid);
    if (record.strictIbanWarning) counts.strictIbanWarnings += 1;
    if (record.reason !== null) counts.quarantined[record.reason] += 1;
    // A record without a usable timestamp cannot be matched to siblings; it is malformed anyway.
    if (record.tsMs === missingTimestampMs || record.day === null) return;

    const key = [record.tsMs, source, record.extId, record.payer, record.beneficiary] as const;
    if ((groupSize.get(...key) as number) < 2) {
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
    const group = siblings.all(...key) as SiblingRow[];
    const detail = `one of ${group.length} records sharing id ${record.extId}, parties and time with different amounts`;
    upsertGroup.run(record.tsMs, source, record.extId, record.payer, record.beneficiary, group.length);
    for (const sibling of group) {
      if (sibling.txn_id === txnId || sibling.status !== 0) continue;
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
