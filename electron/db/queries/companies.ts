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
  const rows = db
    .prepare(
      'SELECT company_id AS companyId, name, address, reported_balance AS reportedBalance FROM company ORDER BY company_id',
    )
    .all() as Omit<CompanyRow, 'ibans'>[];
  const accounts = db
    .prepare('SELECT company_id, iban FROM account ORDER BY company_id, position')
    .raw()
    .all() as [number, string][];
  const byCompany = new Map<number, string[]>();
  for (const [companyId, iban] of accounts) {
    const list = byCompany.get(companyId);
    if (list === undefined) byCompany.set(companyId, [iban]);
    else list.push(iban);
  }
  return rows.map((row) => ({ ...row, ibans: byCompany.get(row.companyId) ?? [] }));
}
