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

/** Companies whose name or an IBAN starts with a short text (too short for trigrams). */
export function prefixCandidates(db: ReadableDb, prefix: string, limit: number): SearchCandidate[] {
  const pattern = `${prefix.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .prepare(
      `SELECT company_id AS companyId, name, address, ibans FROM company_search
       WHERE name LIKE ? ESCAPE '\\' OR ibans LIKE ? ESCAPE '\\' LIMIT ?`,
    )
    .all(pattern, pattern, limit) as SearchCandidate[];
}

export function idCandidate(db: ReadableDb, companyId: number): SearchCandidate[] {
  return db
    .prepare('SELECT company_id AS companyId, name, address, ibans FROM company_search WHERE company_id = ?')
    .all(companyId) as SearchCandidate[];
}
