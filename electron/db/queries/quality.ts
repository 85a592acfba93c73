/**
 * Reads for the data-quality view. Counts, the company ranking and possible-duplicate groups come
 * from the figures the writer keeps (migration 0120), so the view reads a few hundred rows whatever
 * the number of records; samples of quarantined records are read through the partial quarantine
 * index, a few rows per reason.
 */
import type { QuarantineReason } from '../../../shared/domain';
import { quarantineReasons } from '../../../shared/domain';
import type { CompanyQuality } from '../../../shared/quality';
import type { ReadableDb } from '../connection';
import { amountSql, tsTextSql } from '../txn-columns';
import {
  companyRow,
  duplicateGroupRow,
  type DuplicateGroupRow,
  type QualityFigures,
} from './quality-recompute';

/** Every stored record (valid, quarantined or left out). */
export function countAllTransactions(db: ReadableDb): number {
  return db
    .prepare("SELECT coalesce(SUM(count), 0) FROM quality_count WHERE figure = 'records'")
    .pluck()
    .get() as number;
}

export interface ReasonSourceCount {
  readonly reason: QuarantineReason;
  readonly source: number;
  readonly count: number;
}

export function quarantineCounts(db: ReadableDb): ReasonSourceCount[] {
  return db
    .prepare(
      `SELECT figure AS reason, source, count FROM quality_count
       WHERE figure IN (${quarantineReasons.map((reason) => `'${reason}'`).join(', ')}) AND count > 0
       ORDER BY figure, source`,
    )
    .all() as ReasonSourceCount[];
}

/**
 * The companies with the most quarantined records, most first (then by id), with their counts per
 * reason; a record between two own accounts counts once.
 */
export function companiesByQuarantine(db: ReadableDb, limit: number): CompanyQuality[] {
  const rows = db
    .prepare(
      `SELECT q.company_id, c.name, q.quarantined, q.batch_payment, q.invalid_iban, q.invalid_currency, q.malformed
       FROM quality_company q JOIN company c ON c.company_id = q.company_id
       WHERE q.quarantined > 0 ORDER BY q.quarantined DESC, q.company_id LIMIT ?`,
    )
    .raw()
    .all(limit) as [number, string, number, number, number, number, number][];
  return rows.map(([companyId, name, ...counts]) => {
    const row = companyRow([companyId, ...counts]);
    const byReason = Object.fromEntries(Object.entries(row.byReason).filter(([, n]) => n > 0));
    return { companyId, name, count: row.quarantined, byReason };
  });
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
      "SELECT source, count FROM quality_count WHERE figure = 'strict-iban-warning' AND count > 0 ORDER BY source",
    )
    .all() as { source: number; count: number }[];
}

/** Account movements (in and out) of valid records per currency, as kept beside the running totals. */
export function movementsPerCurrency(db: ReadableDb): Map<string, number> {
  return new Map(currencyMovements(db));
}

function currencyMovements(db: ReadableDb): [string, number][] {
  return db
    .prepare('SELECT currency, movements FROM currency_movement WHERE movements <> 0 ORDER BY currency')
    .raw()
    .all() as [string, number][];
}

export interface DuplicateTotals {
  readonly groups: number;
  readonly records: number;
  readonly leftOut: number;
}

/** Possible-duplicate groups, the records in them and the copies the setting left out. */
export function duplicateTotals(db: ReadableDb): DuplicateTotals {
  const rows = db
    .prepare("SELECT figure, SUM(count) FROM quality_count WHERE figure LIKE 'duplicate-%' GROUP BY figure")
    .raw()
    .all() as [string, number][];
  const total = new Map(rows);
  return {
    groups: total.get('duplicate-groups') ?? 0,
    records: total.get('duplicate-records') ?? 0,
    leftOut: total.get('duplicate-left-out') ?? 0,
  };
}

const groupColumns = `ts_ms, source, payer, beneficiary, amount_cents, currency, ts_text, amount, copies,
  left_out, ids`;

/** The first `limit` possible-duplicate groups in time order (docs/domain.md "Duplicates"). */
export function duplicateGroupSamples(db: ReadableDb, limit: number): DuplicateGroupRow[] {
  const sql = `SELECT ${groupColumns} FROM possible_duplicate ORDER BY ts_ms, source, payer, beneficiary, amount_cents, currency LIMIT ?`;
  return (db.prepare(sql).raw().all(limit) as Parameters<typeof duplicateGroupRow>[0][]).map(
    duplicateGroupRow,
  );
}

type CountRow = readonly [number, number];

/** Every kept figure in the structure of `recomputeQualityFigures`, to compare the two. */
export function keptQualityFigures(db: ReadableDb): QualityFigures {
  const counts = (figure: string): CountRow[] =>
    db
      .prepare('SELECT source, count FROM quality_count WHERE figure = ? AND count <> 0 ORDER BY source')
      .raw()
      .all(figure) as CountRow[];
  return {
    recordsPerSource: counts('records'),
    quarantined: db
      .prepare(
        `SELECT figure, source, count FROM quality_count
         WHERE figure NOT IN ('records', 'strict-iban-warning') AND figure NOT LIKE 'duplicate-%' AND count <> 0
         ORDER BY figure, source`,
      )
      .raw()
      .all() as [QuarantineReason, number, number][],
    strictIbanWarnings: counts('strict-iban-warning'),
    companies: (
      db
        .prepare(
          `SELECT company_id, quarantined, batch_payment, invalid_iban, invalid_currency, malformed
           FROM quality_company WHERE quarantined <> 0 ORDER BY company_id`,
        )
        .raw()
        .all() as Parameters<typeof companyRow>[0][]
    ).map(companyRow),
    duplicateGroups: duplicateGroupSamples(db, -1),
    movementsPerCurrency: currencyMovements(db),
  };
}
