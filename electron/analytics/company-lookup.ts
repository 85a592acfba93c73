/**
 * Finds a company or fails with a typed error that every service shares: not-found for an unknown
 * id, not-in-scope for a company outside the portfolio the sources are limited to (its figures
 * would be partial: only its transfers with in-scope companies are stored).
 */
import { AppFailure } from '../../shared/result';
import type { ReadableDb } from '../db/connection';
import { findCompany, type CompanyRow } from '../db/queries/companies';
import { companyInAppScope } from '../db/queries/scope';

export function requireCompany(
  db: ReadableDb,
  companyId: number,
  options: { readonly evenOutsideScope?: boolean } = {},
): CompanyRow {
  const company = findCompany(db, companyId);
  if (company === null) throw new AppFailure('not-found', `There is no company with id ${companyId}.`);
  if (options.evenOutsideScope !== true && !companyInAppScope(db, companyId))
    throw new AppFailure(
      'not-in-scope',
      `Company ${companyId} (${company.name}) is not in the portfolio being synced, so its figures would be incomplete: add it to the source's companies and sync.`,
    );
  return company;
}
