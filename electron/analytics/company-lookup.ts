/** Finds a company or fails with a typed not-found error that every service shares. */
import { AppFailure } from '../../shared/result';
import type { ReadableDb } from '../db/connection';
import { findCompany, type CompanyRow } from '../db/queries/companies';

export function requireCompany(db: ReadableDb, companyId: number): CompanyRow {
  const company = findCompany(db, companyId);
  if (company === null) throw new AppFailure('not-found', `There is no company with id ${companyId}.`);
  return company;
}
