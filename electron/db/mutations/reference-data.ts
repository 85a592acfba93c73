/**
 * Companies, accounts, rates and the search index, written from what a source delivered. Companies
 * are upserted (a company that disappears from the API is kept: its history stays analysable).
 */
import type { Company, ExchangeRate } from '../../../shared/domain';
import type { WritableDb } from '../connection';
import { listCompaniesBetween } from '../queries/companies';

export interface CompanyWriteResult {
  readonly companies: number;
  readonly accounts: number;
  /** IBANs that were not yet known as company accounts. */
  readonly newIbans: readonly string[];
}

/** Compact form of an IBAN for search (no spaces, upper case). */
export function searchableIbans(ibans: readonly string[]): string {
  return ibans.map((iban) => iban.replace(/\s+/g, '').toUpperCase()).join(' ');
}

function fingerprint(company: {
  name: string;
  address: string;
  reportedBalance: number | null;
  ibans: readonly string[];
}): string {
  return JSON.stringify([company.name, company.address, company.reportedBalance, company.ibans]);
}

export function upsertCompanies(db: WritableDb, companies: readonly Company[]): CompanyWriteResult {
  // A refresh delivers every company again, nearly always unchanged: rewriting them and their
  // full-text rows cost seconds at 10k companies, so only what changed is written. Only the stored
  // companies in this batch's id range are compared, so a list written page by page stays linear.
  let fromId = Number.MAX_SAFE_INTEGER;
  let toId = Number.MIN_SAFE_INTEGER;
  for (const { companyId } of companies) {
    fromId = Math.min(fromId, companyId);
    toId = Math.max(toId, companyId);
  }
  const stored = new Map(
    listCompaniesBetween(db, fromId, toId).map((row) => [row.companyId, fingerprint(row)] as const),
  );
  const known = db.prepare('SELECT 1 FROM account WHERE iban = ?').pluck();
  const upsertCompany = db.prepare(`
    INSERT INTO company (company_id, name, address, reported_balance) VALUES (?, ?, ?, ?)
    ON CONFLICT (company_id) DO UPDATE SET name = excluded.name, address = excluded.address,
      reported_balance = excluded.reported_balance`);
  const upsertAccount = db.prepare(`
    INSERT INTO account (iban, company_id, position) VALUES (?, ?, ?)
    ON CONFLICT (iban) DO UPDATE SET company_id = excluded.company_id, position = excluded.position`);
  const deleteSearch = db.prepare('DELETE FROM company_search WHERE company_id = ?');
  const insertSearch = db.prepare(
    'INSERT INTO company_search (company_id, name, address, ibans) VALUES (?, ?, ?, ?)',
  );
  const newIbans: string[] = [];
  let accounts = 0;
  db.transaction(() => {
    for (const company of companies) {
      accounts += company.ibans.length;
      if (stored.get(company.companyId) === fingerprint(company)) continue;
      upsertCompany.run(company.companyId, company.name, company.address, company.reportedBalance);
      company.ibans.forEach((iban, position) => {
        if (known.get(iban) === undefined) newIbans.push(iban);
        upsertAccount.run(iban, company.companyId, position);
      });
      // company_id is not indexed in the full-text table: a delete scans it, so only a company stored
      // before has a row to delete (a first sync of 100k companies would otherwise scan n² rows).
      if (stored.has(company.companyId)) deleteSearch.run(company.companyId);
      insertSearch.run(company.companyId, company.name, company.address, searchableIbans(company.ibans));
    }
  })();
  return { companies: companies.length, accounts, newIbans };
}

/**
 * Replaces the current rate table with the source's snapshot and keeps that snapshot under the UTC
 * day it was received (docs/domain.md: rates over time). A second sync on the same day replaces
 * that day's snapshot: the later answer is the bank's latest word for the day.
 */
export function replaceRates(db: WritableDb, rates: readonly ExchangeRate[], receivedDay?: number): void {
  const insert = db.prepare('INSERT OR REPLACE INTO rate (currency, usd_rate, eur_rate) VALUES (?, ?, ?)');
  const keep = db.prepare(
    'INSERT OR REPLACE INTO rate_snapshot (day, currency, usd_rate, eur_rate) VALUES (?, ?, ?, ?)',
  );
  db.transaction(() => {
    db.prepare('DELETE FROM rate').run();
    for (const rate of rates) insert.run(rate.currency, rate.usdRate, rate.eurRate);
    if (receivedDay !== undefined) {
      db.prepare('DELETE FROM rate_snapshot WHERE day = ?').run(receivedDay);
      for (const rate of rates) keep.run(receivedDay, rate.currency, rate.usdRate, rate.eurRate);
    }
  })();
}
