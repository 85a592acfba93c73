/** Companies and their accounts as stored. */
import type { ReadableDb } from '../connection';

export interface CompanyRow {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  readonly reportedBalance: number | null;
  readonly ibans: readonly string[];
}

export function findCompany(db: ReadableDb, companyId: number): CompanyRow | null {
  const row = db
    .prepare(
      'SELECT company_id AS companyId, name, address, reported_balance AS reportedBalance FROM company WHERE company_id = ?',
    )
    .get(companyId) as Omit<CompanyRow, 'ibans'> | undefined;
  if (row === undefined) return null;
  const ibans = db
    .prepare('SELECT iban FROM account WHERE company_id = ? ORDER BY position')
    .pluck()
    .all(companyId) as string[];
  return { ...row, ibans };
}

export function listCompanies(db: ReadableDb): CompanyRow[] {
  return listCompaniesBetween(db, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}

/** The stored companies with ids in `fromId..toId` (inclusive), by id. */
export function listCompaniesBetween(db: ReadableDb, fromId: number, toId: number): CompanyRow[] {
  const rows = db
    .prepare(
      `SELECT company_id AS companyId, name, address, reported_balance AS reportedBalance FROM company
       WHERE company_id BETWEEN ? AND ? ORDER BY company_id`,
    )
    .all(fromId, toId) as Omit<CompanyRow, 'ibans'>[];
  const accounts = db
    .prepare(
      'SELECT company_id, iban FROM account WHERE company_id BETWEEN ? AND ? ORDER BY company_id, position',
    )
    .raw()
    .all(fromId, toId) as [number, string][];
  const byCompany = new Map<number, string[]>();
  for (const [companyId, iban] of accounts) {
    const list = byCompany.get(companyId);
    if (list === undefined) byCompany.set(companyId, [iban]);
    else list.push(iban);
  }
  return rows.map((row) => ({ ...row, ibans: byCompany.get(row.companyId) ?? [] }));
}

/** How many companies are stored: zero before the first sync brought any. */
export function countCompanies(db: ReadableDb): number {
  return db.prepare('SELECT count(*) FROM company').pluck().get() as number;
}

/** First and last day with a valid flow on any of the given accounts, or null when there is none. */
export function accountsFlowSpan(
  db: ReadableDb,
  ibans: readonly string[],
): { readonly first: number; readonly last: number } | null {
  if (ibans.length === 0) return null;
  const row = db
    .prepare(
      `SELECT min(day) AS first, max(day) AS last FROM daily_country_flow WHERE iban IN (${ibans.map(() => '?').join(', ')})`,
    )
    .get(...ibans) as { first: number | null; last: number | null };
  return row.first === null || row.last === null ? null : { first: row.first, last: row.last };
}
