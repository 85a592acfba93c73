/**
 * The data-quality figures computed from scratch over every stored record: the reference that the
 * kept figures (migration 0120, maintained by triggers on `txn`) must always equal. The same SELECTs
 * fill the kept tables when they are rebuilt (quality-rebuild.ts), so the rebuild and the reference
 * cannot drift apart. Full passes over `txn`: only tests and rebuilds run them, never a view.
 */
import type { QuarantineReason } from '../../../shared/domain';
import type { ReadableDb } from '../connection';
import { amountSql, tsTextSql } from '../txn-columns';

/** Records per source. */
export const recordsPerSourceSql = 'SELECT source, count(*) FROM txn GROUP BY source';

/** Quarantined records per reason and source. */
export const quarantinedPerReasonSql = `SELECT reason, source, count(*) FROM txn
  WHERE status <> 0 AND reason IS NOT NULL GROUP BY reason, source`;

/** Valid records that fail only the strict ISO 13616 check, per source. */
export const strictIbanWarningsSql = `SELECT source, count(*) FROM txn
  WHERE strict_iban_warning = 1 AND status = 0 GROUP BY source`;

/**
 * Quarantined records per company: the total and one column per reason. A record between two
 * accounts of the same company counts once for it.
 */
export const quarantinedPerCompanySql = `SELECT company_id, count(*),
    SUM(reason = 'batch-payment'), SUM(reason = 'invalid-iban'), SUM(reason = 'invalid-currency'),
    SUM(reason = 'malformed')
  FROM (
    SELECT payer_company AS company_id, reason FROM txn
    WHERE status <> 0 AND reason IS NOT NULL AND payer_company IS NOT NULL
    UNION ALL
    SELECT beneficiary_company, reason FROM txn
    WHERE status <> 0 AND reason IS NOT NULL AND beneficiary_company IS NOT NULL
      AND beneficiary_company IS NOT payer_company
  ) GROUP BY company_id`;

/** Account movements (in and out) of valid records per currency, from the running totals. */
export const movementsPerCurrencySql =
  'SELECT currency, SUM(in_count + out_count) FROM account_total GROUP BY currency';

/** The columns of a possible-duplicate group, over the `txn` rows aliased `t` that form it. */
export const duplicateGroupColumns = `t.ts_ms, t.source, t.payer, t.beneficiary, t.amount_cents, t.currency,
  min(${tsTextSql('t')}), min(${amountSql('t')}), count(*), SUM(t.status <> 0),
  group_concat(t.ext_id, ', ' ORDER BY t.ext_id)`;

/**
 * Groups of records identical apart from their id (docs/domain.md "Duplicates"), among valid
 * records and the copies the setting left out (neither has a quarantine reason).
 */
export const duplicateGroupsSql = `SELECT ${duplicateGroupColumns} FROM txn t
  WHERE t.reason IS NULL AND t.day IS NOT NULL
  GROUP BY t.ts_ms, t.source, t.payer, t.beneficiary, t.amount_cents, t.currency HAVING count(*) > 1`;

export interface CompanyQualityRow {
  readonly companyId: number;
  readonly quarantined: number;
  readonly byReason: Readonly<Record<QuarantineReason, number>>;
}

export interface DuplicateGroupRow {
  readonly tsMs: number;
  readonly source: number;
  readonly payer: string;
  readonly beneficiary: string;
  readonly amountCents: number;
  readonly currency: string;
  /** The received timestamp text (the least, should copies differ in it). */
  readonly tsText: string;
  readonly amount: number | null;
  readonly copies: number;
  /** Copies the duplicates setting left out. */
  readonly leftOut: number;
  /** The copies' ids in order, joined by ', '. */
  readonly ids: string;
}

/** Every data-quality figure that is kept, in one comparable structure (each list in key order). */
export interface QualityFigures {
  readonly recordsPerSource: readonly (readonly [source: number, count: number])[];
  readonly quarantined: readonly (readonly [reason: QuarantineReason, source: number, count: number])[];
  readonly strictIbanWarnings: readonly (readonly [source: number, count: number])[];
  readonly companies: readonly CompanyQualityRow[];
  readonly duplicateGroups: readonly DuplicateGroupRow[];
  readonly movementsPerCurrency: readonly (readonly [currency: string, movements: number])[];
}

type CompanyRaw = [number, number, number, number, number, number];
type GroupRaw = [
  number,
  number,
  string,
  string,
  number,
  string,
  string,
  number | null,
  number,
  number,
  string,
];

export function companyRow([
  companyId,
  quarantined,
  batch,
  iban,
  currency,
  malformed,
]: CompanyRaw): CompanyQualityRow {
  return {
    companyId,
    quarantined,
    byReason: {
      'batch-payment': batch,
      'invalid-iban': iban,
      'invalid-currency': currency,
      malformed,
    },
  };
}

export function duplicateGroupRow(raw: GroupRaw): DuplicateGroupRow {
  const [tsMs, source, payer, beneficiary, amountCents, currency, tsText, amount, copies, leftOut, ids] = raw;
  return { tsMs, source, payer, beneficiary, amountCents, currency, tsText, amount, copies, leftOut, ids };
}

function rows<T>(db: ReadableDb, sql: string): T[] {
  return db.prepare(sql).raw().all() as T[];
}

/** The figures from scratch, every list ordered by its key. */
export function recomputeQualityFigures(db: ReadableDb): QualityFigures {
  return {
    recordsPerSource: rows(db, `${recordsPerSourceSql} ORDER BY 1`),
    quarantined: rows(db, `${quarantinedPerReasonSql} ORDER BY 1, 2`),
    strictIbanWarnings: rows(db, `${strictIbanWarningsSql} ORDER BY 1`),
    companies: rows<CompanyRaw>(db, `${quarantinedPerCompanySql} ORDER BY 1`).map(companyRow),
    duplicateGroups: rows<GroupRaw>(db, `${duplicateGroupsSql} ORDER BY 1, 2, 3, 4, 5, 6`).map(
      duplicateGroupRow,
    ),
    movementsPerCurrency: rows(db, `${movementsPerCurrencySql} ORDER BY 1`),
  };
}
