/**
 * Company search by name, address, IBAN (any case, with or without spaces) or id. Ranked: exact id,
 * exact name, name prefix, IBAN, substring; when nothing matches exactly, fuzzy matches scored by
 * shared trigrams, which is what makes a typo ("Kemp and Snos") still find the company. Candidates
 * are looked up by their rarest trigrams only, so the cost stays flat at 10k+ companies.
 */
import type { SearchHit } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import type { ReadableDb } from '../db/connection';
import { loadOpeningBalances } from '../db/queries/rates';
import {
  idCandidate,
  prefixCandidates,
  allTrigramCandidates,
  trigramCandidates,
  trigramFrequencies,
  type SearchCandidate,
} from '../db/queries/search';
import { appScope } from '../db/queries/scope';
import { loadConversion } from './conversion';
import { currentSummary } from './current-balances';

export interface SearchQuery {
  readonly text: string;
  readonly limit: number;
  readonly currency: ReportingCurrency;
}

function trigramsOf(text: string): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i += 1) grams.add(text.slice(i, i + 3));
  return [...grams];
}

/**
 * Trigrams used to look candidates up (all of them still count in the ranking): the rarest few,
 * so the index reads short posting lists instead of those of "and" or "000" that half the
 * companies share. A substring needs only a handful; a typo-tolerant lookup needs enough for
 * some to survive a typo or two.
 */
const substringTrigrams = 4;
const fuzzyTrigrams = 8;
/** Frequencies only steer speed, never results: refreshing them every few minutes is plenty. */
const frequencyLifetimeMs = 5 * 60_000;
const frequencyCache = new WeakMap<
  ReadableDb,
  { readonly loadedMs: number; readonly frequencies: ReadonlyMap<string, number> }
>();

function cachedFrequencies(db: ReadableDb): ReadonlyMap<string, number> {
  const cached = frequencyCache.get(db);
  if (cached !== undefined && Date.now() - cached.loadedMs < frequencyLifetimeMs) return cached.frequencies;
  const frequencies = trigramFrequencies(db);
  frequencyCache.set(db, { loadedMs: Date.now(), frequencies });
  return frequencies;
}

/** A trigram the index has never seen counts as rarest: it rules candidates out fastest. */
function rarest(grams: readonly string[], frequencies: ReadonlyMap<string, number>, count: number): string[] {
  return [...grams].sort((a, b) => (frequencies.get(a) ?? 0) - (frequencies.get(b) ?? 0)).slice(0, count);
}

interface Ranked {
  readonly candidate: SearchCandidate;
  readonly tier: number;
  readonly similarity: number;
  readonly matched: SearchHit['matched'];
}

function rank(
  candidate: SearchCandidate,
  text: string,
  compact: string,
  grams: readonly string[],
  id: number | null,
): Ranked {
  const name = candidate.name.toLowerCase();
  const ibans = candidate.ibans.toLowerCase();
  const address = candidate.address.toLowerCase();
  const hay = `${name} ${ibans} ${address}`;
  const similarity = grams.length === 0 ? 0 : grams.filter((g) => hay.includes(g)).length / grams.length;
  const base = { candidate, similarity };
  if (id !== null && candidate.companyId === id) return { ...base, tier: 0, matched: 'id' };
  if (name === text) return { ...base, tier: 1, matched: 'name' };
  if (name.startsWith(text)) return { ...base, tier: 2, matched: 'name' };
  if (compact.length >= 4 && ibans.split(' ').some((iban) => iban.startsWith(compact)))
    return { ...base, tier: 3, matched: 'iban' };
  if (name.includes(text)) return { ...base, tier: 4, matched: 'name' };
  if (compact.length >= 4 && ibans.includes(compact)) return { ...base, tier: 4, matched: 'iban' };
  if (address.includes(text)) return { ...base, tier: 5, matched: 'address' };
  return { ...base, tier: 6, matched: 'fuzzy' };
}

export function searchCompanies(db: ReadableDb, query: SearchQuery): SearchHit[] {
  const text = query.text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return [];
  const compact = text.replace(/\s+/g, '');
  const id = /^\d+$/.test(compact) ? Number(compact) : null;
  const grams = trigramsOf(text);
  const candidates = new Map<number, SearchCandidate>();
  const add = (list: readonly SearchCandidate[]) => {
    for (const candidate of list) candidates.set(candidate.companyId, candidate);
  };
  if (id !== null && Number.isSafeInteger(id)) add(idCandidate(db, id));
  if (text.length < 3) add(prefixCandidates(db, text, 200));
  else {
    // Exact matches (id, name, IBAN, substring) first; typo-tolerant matches only when there are
    // none, as an analyst who typed an existing name wants that company, not look-alikes.
    const frequencies = cachedFrequencies(db);
    const texts = [...new Set([text, compact])].filter((part) => part.length >= 3);
    add(
      allTrigramCandidates(
        db,
        texts.map((part) => rarest(trigramsOf(part), frequencies, substringTrigrams)),
        200,
      ),
    );
    const exact = [...candidates.values()].filter(
      (candidate) => rank(candidate, text, compact, grams, id).tier < 6,
    ).length;
    if (exact === 0) {
      // A trigram the index has never seen (the typo's own) cannot find anything: leave it out.
      const known = [...new Set([...grams, ...trigramsOf(compact)])].filter(
        (gram) => (frequencies.get(gram) ?? 0) > 0,
      );
      add(trigramCandidates(db, rarest(known, frequencies, fuzzyTrigrams), 200));
    }
  }

  const ranked = [...candidates.values()]
    .map((candidate) => rank(candidate, text, compact, grams, id))
    // Fuzzy matches must share most trigrams, or every company with "and" in its name would match.
    .filter((r) => r.tier < 6 || r.similarity >= 0.5)
    .sort(
      (a, b) =>
        a.tier - b.tier || b.similarity - a.similarity || a.candidate.name.localeCompare(b.candidate.name),
    )
    .slice(0, query.limit);

  const conversion = loadConversion(db, query.currency);
  const scope = appScope(db);
  return ranked.map(({ candidate, matched }) => {
    const ibans = candidate.ibans.split(' ').filter((iban) => iban !== '');
    const inScope = scope === null || scope.has(candidate.companyId);
    // Outside the scope only the transfers with in-scope companies are stored: no balance to show.
    const summary = inScope
      ? currentSummary(db, conversion, ibans, loadOpeningBalances(db, query.currency, ibans))
      : { balance: 0, debt: 0 };
    return {
      companyId: candidate.companyId,
      name: candidate.name,
      address: candidate.address,
      ibans,
      balance: summary.balance,
      inDebt: summary.debt > 0,
      matched,
      inScope,
    };
  });
}
