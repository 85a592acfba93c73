/**
 * A source's portfolio (its scope) as the analyst edits it: the whole bank, or a chosen list of
 * companies. The editor works on a draft; saving turns it into the contract's scope, and what the
 * save took out of the list is what the "drop their data" offer counts.
 */

/** The contract's scope: null for the whole bank. */
export type Scope = { readonly companyIds: readonly number[] } | null;

/** A scope as a request carries it (a fresh, sorted list). */
export type ScopeRequest = { companyIds: number[] } | null;

export interface ScopeDraft {
  readonly mode: 'whole' | 'selected';
  /** The chosen companies in the order they were added; kept while "Whole bank" is chosen. */
  readonly companyIds: readonly number[];
}

export function draftOf(scope: Scope): ScopeDraft {
  return scope === null
    ? { mode: 'whole', companyIds: [] }
    : { mode: 'selected', companyIds: [...scope.companyIds] };
}

export function withCompany(draft: ScopeDraft, companyId: number): ScopeDraft {
  if (draft.companyIds.includes(companyId)) return draft;
  return { ...draft, companyIds: [...draft.companyIds, companyId] };
}

export function withoutCompany(draft: ScopeDraft, companyId: number): ScopeDraft {
  return { ...draft, companyIds: draft.companyIds.filter((id) => id !== companyId) };
}

/** The scope a draft saves as, or why it cannot be saved yet. */
export function scopeOfDraft(
  draft: ScopeDraft,
): { readonly ok: true; readonly scope: ScopeRequest } | { readonly ok: false; readonly reason: string } {
  if (draft.mode === 'whole') return { ok: true, scope: null };
  if (draft.companyIds.length === 0)
    return { ok: false, reason: 'Pick at least one company, or choose the whole bank.' };
  return { ok: true, scope: { companyIds: [...draft.companyIds].sort((a, b) => a - b) } };
}

export function sameScope(a: Scope, b: Scope): boolean {
  if (a === null || b === null) return a === b;
  const left = new Set(a.companyIds);
  return left.size === new Set(b.companyIds).size && b.companyIds.every((id) => left.has(id));
}

/**
 * What a change of scope took out, whose stored data the analyst may drop: the companies taken out
 * of a chosen list, or `'outside'` when the whole bank was narrowed to a list (every company outside
 * it, too many to name). Widening to the whole bank removes nothing.
 */
export type ScopeRemoval = readonly number[] | 'outside';

export function removedCompanies(before: Scope, after: Scope): ScopeRemoval {
  if (after === null) return [];
  if (before === null) return 'outside';
  const kept = new Set(after.companyIds);
  return before.companyIds.filter((id) => !kept.has(id));
}

/** Whether a change of scope added companies (whose history a sync must then fetch). */
export function scopeGained(before: Scope, after: Scope): boolean {
  if (after === null) return before !== null;
  if (before === null) return false;
  const had = new Set(before.companyIds);
  return after.companyIds.some((id) => !had.has(id));
}

/**
 * A company id typed into the picker ("123" or "#123"): a client the analyst knows by id may not be
 * in the synced company list yet (a new source before its first sync), and can still be chosen.
 */
export function typedCompanyId(text: string): number | null {
  const match = /^#?(\d{1,15})$/.exec(text.trim());
  if (match?.[1] === undefined) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? id : null;
}

export function scopeText(scope: Scope): string {
  if (scope === null) return 'Whole bank';
  const count = scope.companyIds.length;
  return `${count} ${count === 1 ? 'company' : 'companies'}`;
}

export function removesSomething(removal: ScopeRemoval): boolean {
  return removal === 'outside' || removal.length > 0;
}

export function dropQuestion(removal: ScopeRemoval): string {
  if (removal === 'outside') return 'Drop the stored data of every company outside the portfolio?';
  const count = removal.length;
  return `Drop the stored data of ${count} ${count === 1 ? 'company' : 'companies'}?`;
}

/** Sources whose chosen list does not hold the company: where "Add to portfolio" can add it. */
export function sourcesMissing<S extends { readonly scope: Scope }>(
  sources: readonly S[],
  companyId: number,
): readonly S[] {
  return sources.filter((source) => source.scope !== null && !source.scope.companyIds.includes(companyId));
}
