/**
 * `source:scope-drop`: after companies were taken out of a source's scope, the analyst may delete
 * their data, or (no list) everything outside the scope after narrowing the whole bank to a portfolio.
 * Refused for a company still in the scope and while any source syncs the whole bank (its data would
 * become incomplete).
 */
import { AppFailure } from '../../shared/result';
import type { ScopeDropResult } from '../../shared/sync';
import type { WritableDb } from '../db/connection';
import { dropCompanyData, dropOutsideScope } from '../db/mutations/scope-drop';
import { appScope, sourceScopeIds } from '../db/queries/scope';

export function dropOutOfScope(
  db: WritableDb,
  sourceId: number,
  companyIds: readonly number[] | undefined,
): ScopeDropResult {
  const scope = sourceScopeIds(db, sourceId);
  const kept = appScope(db);
  if (scope === null || kept === null)
    throw new AppFailure(
      'invalid-argument',
      'A source syncs the whole bank, so no company data can be dropped; limit it to a set of companies first.',
    );
  if (companyIds === undefined) return { transactions: dropOutsideScope(db, kept) };
  const stillIn = companyIds.filter((id) => kept.has(id));
  if (stillIn.length > 0)
    throw new AppFailure(
      'invalid-argument',
      `Company ${stillIn.slice(0, 5).join(', ')} is still in a source's scope: take it out of the scope first.`,
    );
  return { transactions: dropCompanyData(db, sourceId, companyIds, kept) };
}
