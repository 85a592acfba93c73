/** IBAN → company of every known company account, loaded once per sync into memory. */
import type { ReadableDb } from '../connection';

export function loadAccountOwners(db: ReadableDb): Map<string, number> {
  const rows = db.prepare('SELECT iban, company_id FROM account').raw().all() as [string, number][];
  return new Map(rows);
}

export function countTransactions(db: ReadableDb): number {
  return db.prepare('SELECT count(*) FROM txn').pluck().get() as number;
}
