/** Candidate lookups for company search: the trigram full-text index, ids, and short prefixes. */
import type { ReadableDb } from '../connection';

export interface SearchCandidate {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  readonly ibans: string;
}

/**
 * Whether a trigram can be written into an FTS5 query: a NUL ends the query string early, so SQLite
 * answers "unterminated string" (a search for text holding one failed as an internal error). The
 * lookups leave such trigrams out; the ranking still counts them.
 */
const expressible = (gram: string) => !gram.includes('\u0000');

/** Companies sharing any of the trigrams, best bm25 first. */
export function trigramCandidates(
  db: ReadableDb,
  trigrams: readonly string[],
  limit: number,
): SearchCandidate[] {
  const usable = trigrams.filter(expressible);
  if (usable.length === 0) return [];
  const match = usable.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ');
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
    .prepare(
      `SELECT company_id AS companyId, name, address, ${compactIbans} AS ibans FROM company WHERE company_id = ?`,
    )
    .all(companyId) as SearchCandidate[];
}

const quote = (gram: string) => `"${gram.replaceAll('"', '""')}"`;

/**
 * Companies holding every trigram of at least one group: for each text typed, its rarest trigrams
 * all occur in any company containing the text, so this is a cheap superset of substring matches
 * (the ranking checks the real substring). Reading rare posting lists only keeps it fast at any size.
 */
export function allTrigramCandidates(
  db: ReadableDb,
  groups: readonly (readonly string[])[],
  limit: number,
): SearchCandidate[] {
  const clauses = groups
    .map((group) => group.filter(expressible))
    .filter((group) => group.length > 0)
    .map((group) => `(${group.map(quote).join(' AND ')})`);
  if (clauses.length === 0) return [];
  return db
    .prepare(
      `SELECT company_id AS companyId, name, address, ibans FROM company_search
       WHERE company_search MATCH ? LIMIT ?`,
    )
    .all(clauses.join(' OR '), limit) as SearchCandidate[];
}

/**
 * How many companies hold each trigram, from the index's own vocabulary (a temporary fts5vocab
 * table on this connection). One pass over the whole vocabulary: callers cache the answer.
 */
export function trigramFrequencies(db: ReadableDb): Map<string, number> {
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.company_search_vocab USING fts5vocab(main, company_search, row)',
  );
  const rows = db.prepare('SELECT term, doc FROM temp.company_search_vocab').raw().all() as [
    string,
    number,
  ][];
  return new Map(rows);
}
