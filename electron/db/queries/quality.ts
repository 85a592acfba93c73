/**
 * Reads for the data-quality view. Quarantined records are read through the partial quarantine
 * index and strict-IBAN warnings through their own partial index, so neither scans all records.
 */
import type { QuarantineReason } from '../../../shared/domain';
import type { ReadableDb } from '../connection';
import { amountSql, tsTextSql } from '../txn-columns';

export function countAllTransactions(db: ReadableDb): number {
  return db.prepare('SELECT count(*) FROM txn').pluck().get() as number;
}

export interface ReasonSourceCount {
  readonly reason: QuarantineReason;
  readonly source: number;
  readonly count: number;
}

export function quarantineCounts(db: ReadableDb): ReasonSourceCount[] {
  return db
    .prepare(
      `SELECT reason, source, count(*) AS count FROM txn WHERE status <> 0 AND reason IS NOT NULL
       GROUP BY reason, source ORDER BY reason, source`,
    )
    .all() as ReasonSourceCount[];
}

export interface CompanyReasonCount {
  readonly companyId: number;
  readonly name: string;
  readonly reason: QuarantineReason;
  readonly count: number;
}

/** Quarantined records per company and reason; a record between two own accounts counts once. */
export function quarantineByCompany(db: ReadableDb): CompanyReasonCount[] {
  return db
    .prepare(
      `SELECT q.company_id AS companyId, c.name, q.reason, count(*) AS count FROM (
         SELECT payer_company AS company_id, reason FROM txn
         WHERE status <> 0 AND reason IS NOT NULL AND payer_company IS NOT NULL
         UNION ALL
         SELECT beneficiary_company, reason FROM txn
         WHERE status <> 0 AND reason IS NOT NULL AND beneficiary_company IS NOT NULL
           AND beneficiary_company IS NOT payer_company
       ) q JOIN company c ON c.company_id = q.company_id GROUP BY q.company_id, q.reason`,
    )
    .all() as CompanyReasonCount[];
}

export interface QuarantineSampleRow {
  readonly source: number;
  readonly extId: string;
  readonly payer: string;
  readonly beneficiary: string;
  readonly tsText: string;
  readonly amount: number | null;
  readonly currency: string;
  readonly detail: string | null;
  readonly raw: string | null;
}

export function quarantineSamples(
  db: ReadableDb,
  reason: QuarantineReason,
  limit: number,
): QuarantineSampleRow[] {
  return db
    .prepare(
      `SELECT source, ext_id AS extId, payer, beneficiary, ${tsTextSql('txn')} AS tsText, ${amountSql('txn')} AS amount,
         currency, detail, raw
       FROM txn WHERE status <> 0 AND reason = ? LIMIT ?`,
    )
    .all(reason, limit) as QuarantineSampleRow[];
}

/** Valid records that fail only the strict ISO 13616 check, per source. */
export function strictIbanWarningCounts(
  db: ReadableDb,
): { readonly source: number; readonly count: number }[] {
  return db
    .prepare(
      'SELECT source, count(*) AS count FROM txn WHERE strict_iban_warning = 1 AND status = 0 GROUP BY source',
    )
    .all() as { source: number; count: number }[];
}

/** Account movements (in and out) of valid records per currency, from the running totals. */
export function movementsPerCurrency(db: ReadableDb): Map<string, number> {
  const rows = db
    .prepare('SELECT currency, SUM(in_count + out_count) FROM account_total GROUP BY currency')
    .raw()
    .all() as [string, number][];
  return new Map(rows);
}

export interface DuplicateGroupRow {
  readonly source: number;
  readonly tsText: string;
  readonly payer: string;
  readonly beneficiary: string;
  readonly amount: number | null;
  readonly currency: string;
  readonly copies: number;
  readonly ids: string;
  /** Copies the duplicates setting left out. */
  readonly excluded: number;
}

/**
 * Groups of records identical apart from their id (docs/domain.md "Duplicates"), among valid
 * records and the copies the setting left out (neither has a quarantine reason). A full pass over
 * the records: the data-quality view asks for it, no figure does.
 */
export function possibleDuplicateGroups(db: ReadableDb): DuplicateGroupRow[] {
  return db
    .prepare(
      `SELECT source, min(${tsTextSql('txn')}) AS tsText, payer, beneficiary, min(${amountSql('txn')}) AS amount, currency,
         count(*) AS copies, group_concat(ext_id, ', ') AS ids, SUM(status <> 0) AS excluded
       FROM txn WHERE reason IS NULL AND day IS NOT NULL
       GROUP BY ts_ms, source, payer, beneficiary, amount_cents, currency HAVING count(*) > 1
       ORDER BY ts_ms, source`,
    )
    .all() as DuplicateGroupRow[];
}
