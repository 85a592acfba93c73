/** Candidate lookups for company search: the trigram full-text index, ids, and short prefixes. */
import type { ReadableDb } from '../connection';

export interface SearchCandidate {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  readonly ibans: string;
}

/** Companies sharing any of the trigrams, best bm25 first. */
export function trigramCandidates(db: ReadableDb, trigrams: readonly string[], limit: number): SearchCandidate[] {
  if (trigrams.length === 0) return [];
  const match = trigrams.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ');
  return db
    .prepare(
      `SELECT company_id AS companyId, name, address, ibans FROM company_search
       WHERE company_search MATCH ? ORDER BY bm25(company_search) LIMIT ?`,
    )
    .all(match, limit) as SearchCandidate[];
}

/** IBANs of a company as the search index holds them: compact, upper case, in account order. */
const compactIbans = `(SELECT group_concat(upper(replace(iban, ' ', '')), ' ')
  FROM (SELECT iban FROM account WHERE account.company_id = company.company_id ORDER BY position))`;

/**
 * Companies whose name starts with a short text (too short for trigrams), case-insensitively. A
 * range on the NOCASE name index instead of LIKE over the full-text table, which would scan it.
 */
export function prefixCandidates(db: ReadableDb, prefix: string, limit: number): SearchCandidate[] {
  return db
    .prepare(
      `SELECT company_id AS companyId, name, address, ${compactIbans} AS ibans FROM company
       WHERE name >= @prefix COLLATE NOCASE AND name < @prefix || char(1114111) COLLATE NOCASE
       ORDER BY name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ prefix, limit }) as SearchCandidate[];
}

/** The company with this id, by primary key (the full-text table's id column is not indexed). */
export function idCandidate(db: ReadableDb, companyId: number): SearchCandidate[] {
  return db
    .prepare(`SELECT company_id AS companyId, name, address, ${compactIbans} AS ibans FROM company WHERE company_id = ?`)
    .all(companyId) as SearchCandidate[];
}
