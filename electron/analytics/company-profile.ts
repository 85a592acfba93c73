/**
 * `company:profile`: the company's identity and the days its view can show, in one answer, so the
 * renderer neither searches for the id as text nor asks a monthly series from 1970 to find a start.
 */
import type { CompanyProfile } from '../../shared/company-profile';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { monthOfDay } from '../db/month-of-day';
import { accountsFlowSpan } from '../db/queries/companies';
import { appScope } from '../db/queries/scope';
import { requireCompany } from './company-lookup';
import { syncedSpan } from './synced-span';

export function companyProfile(db: ReadableDb, companyId: number): CompanyProfile {
  const company = requireCompany(db, companyId, { evenOutsideScope: true });
  const activity = accountsFlowSpan(db, company.ibans);
  const span = syncedSpan(db);
  const scope = appScope(db);
  const last = span?.last ?? null;
  // Within the synced span: a range never starts before the data does.
  const first =
    span === null || last === null
      ? null
      : activity === null
        ? last
        : Math.min(Math.max(monthOfDay(activity.first), span.first), last);
  return {
    companyId: company.companyId,
    name: company.name,
    address: company.address,
    ibans: company.ibans,
    dataSpan: last === null || first === null ? null : { first: isoFromDay(first), last: isoFromDay(last) },
    activity:
      activity === null ? null : { first: isoFromDay(activity.first), last: isoFromDay(activity.last) },
    inScope: scope === null || scope.has(company.companyId),
  };
}
