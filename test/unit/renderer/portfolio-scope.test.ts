import { describe, expect, it } from 'vitest';
import {
  draftOf,
  dropQuestion,
  removedCompanies,
  removesSomething,
  sameScope,
  scopeGained,
  scopeOfDraft,
  scopeText,
  sourcesMissing,
  typedCompanyId,
  withCompany,
  withoutCompany,
} from '../../../renderer/src/search/portfolio-scope';

describe('the portfolio (scope) draft', () => {
  it('adds a company once, keeps the order of adding, and removes it again', () => {
    let draft = draftOf({ companyIds: [7] });
    draft = withCompany(withCompany(withCompany(draft, 3), 12), 3);
    expect(draft.companyIds).toEqual([7, 3, 12]);
    expect(withoutCompany(draft, 3).companyIds).toEqual([7, 12]);
  });

  it('saves the whole bank as null and a list sorted by id, and refuses an empty list', () => {
    expect(scopeOfDraft(draftOf(null))).toEqual({ ok: true, scope: null });
    expect(scopeOfDraft({ mode: 'selected', companyIds: [9, 2, 5] })).toEqual({
      ok: true,
      scope: { companyIds: [2, 5, 9] },
    });
    expect(scopeOfDraft({ mode: 'selected', companyIds: [] })).toMatchObject({ ok: false });
    // The list is kept while "Whole bank" is chosen, but the whole bank is what saves.
    expect(scopeOfDraft({ mode: 'whole', companyIds: [4] })).toEqual({ ok: true, scope: null });
  });

  it('compares scopes as sets', () => {
    expect(sameScope({ companyIds: [1, 2] }, { companyIds: [2, 1] })).toBe(true);
    expect(sameScope({ companyIds: [1, 2] }, { companyIds: [1] })).toBe(false);
    expect(sameScope(null, null)).toBe(true);
    expect(sameScope(null, { companyIds: [] })).toBe(false);
  });
});

describe('what a change of scope removed', () => {
  it('lists the companies taken out of a chosen list', () => {
    expect(removedCompanies({ companyIds: [1, 2, 3] }, { companyIds: [2, 4] })).toEqual([1, 3]);
  });

  it('removes nothing when widening to the whole bank, and everything outside when narrowing from it', () => {
    expect(removedCompanies({ companyIds: [1, 2] }, null)).toEqual([]);
    expect(removesSomething(removedCompanies({ companyIds: [1, 2] }, null))).toBe(false);
    expect(removedCompanies(null, { companyIds: [1] })).toBe('outside');
    expect(removesSomething('outside')).toBe(true);
  });
});

describe('what a change of scope added', () => {
  it('adds companies when a list grows or widens to the whole bank, not when it shrinks or narrows', () => {
    expect(scopeGained({ companyIds: [1] }, { companyIds: [1, 2] })).toBe(true);
    expect(scopeGained({ companyIds: [1, 2] }, null)).toBe(true);
    expect(scopeGained({ companyIds: [1, 2] }, { companyIds: [2] })).toBe(false);
    expect(scopeGained(null, { companyIds: [2] })).toBe(false);
    expect(scopeGained(null, null)).toBe(false);
  });
});

describe('the scope in words', () => {
  it('counts companies in singular and plural', () => {
    expect(scopeText(null)).toBe('Whole bank');
    expect(scopeText({ companyIds: [5] })).toBe('1 company');
    expect(scopeText({ companyIds: [5, 6] })).toBe('2 companies');
    expect(dropQuestion([7])).toBe('Drop the stored data of 1 company?');
    expect(dropQuestion([7, 8, 9])).toBe('Drop the stored data of 3 companies?');
    expect(dropQuestion('outside')).toBe('Drop the stored data of every company outside the portfolio?');
  });
});

describe('where "Add to portfolio" can add a company', () => {
  it('offers only the sources whose chosen list lacks it', () => {
    const sources = [
      { sourceId: 1, scope: { companyIds: [4, 5] } },
      { sourceId: 2, scope: null },
      { sourceId: 3, scope: { companyIds: [6] } },
    ];
    expect(sourcesMissing(sources, 5).map((source) => source.sourceId)).toEqual([3]);
    expect(sourcesMissing(sources, 9).map((source) => source.sourceId)).toEqual([1, 3]);
  });
});

describe('a company id typed into the picker', () => {
  it('reads a positive id with or without #, and nothing else', () => {
    expect(typedCompanyId(' 123 ')).toBe(123);
    expect(typedCompanyId('#7')).toBe(7);
    expect(typedCompanyId('#0')).toBe(0);
    expect(typedCompanyId('12a')).toBeNull();
    expect(typedCompanyId('DE89 3704')).toBeNull();
    expect(typedCompanyId('')).toBeNull();
  });
});
