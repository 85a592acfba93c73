/**
 * The data-quality report: how many records were quarantined, why, from which source and for which
 * companies, samples of each reason, rate-table warnings and strict-IBAN warnings.
 */
import type { QuarantineReason, ReportingCurrency } from '../../shared/domain';
import type { CompanyQuality, PossibleDuplicates, QualityReport } from '../../shared/quality';
import { quarantineReasons } from '../../shared/domain';
import type { ReadableDb } from '../db/connection';
import {
  countAllTransactions,
  movementsPerCurrency,
  possibleDuplicateGroups,
  quarantineByCompany,
  quarantineCounts,
  quarantineSamples,
  strictIbanWarningCounts,
} from '../db/queries/quality';
import { loadRates } from '../db/queries/rates';
import { rejectedRecords } from '../db/queries/rejected-records';
import { appScope } from '../db/queries/scope';
import { loadAllRateOverrides } from '../db/queries/settings';
import { streamOfCode } from '../db/stream-code';
import { loadConversion } from './conversion';
import { readRateTable } from './rate-reading';
import { rateWarnings } from './rate-warnings';
import { readConversionSettings, readScalarSettings } from '../settings/settings';

export interface QualityQuery {
  readonly currency: ReportingCurrency;
  readonly samples: number;
  readonly companies: number;
}

function companyRanking(db: ReadableDb, limit: number): CompanyQuality[] {
  const byCompany = new Map<
    number,
    { name: string; count: number; byReason: Partial<Record<QuarantineReason, number>> }
  >();
  for (const row of quarantineByCompany(db)) {
    const entry = byCompany.get(row.companyId) ?? { name: row.name, count: 0, byReason: {} };
    entry.count += row.count;
    entry.byReason[row.reason] = (entry.byReason[row.reason] ?? 0) + row.count;
    byCompany.set(row.companyId, entry);
  }
  return [...byCompany.entries()]
    .map(([companyId, entry]) => ({ companyId, ...entry }))
    .sort((a, b) => b.count - a.count || a.companyId - b.companyId)
    .slice(0, limit);
}

function unreadableRecords(db: ReadableDb, samples: number): QualityReport['unreadable'] {
  const { counts, rows } = rejectedRecords(db, samples);
  return { companies: counts.company, rates: counts.rate, samples: rows };
}

export function qualityReport(db: ReadableDb, query: QualityQuery): QualityReport {
  const byReason = quarantineCounts(db).map((row) => ({
    reason: row.reason,
    source: streamOfCode(row.source),
    count: row.count,
  }));
  const quarantined = byReason.reduce((sum, row) => sum + row.count, 0);
  const duplicates = possibleDuplicates(db, query.samples);
  const rates = loadRates(db);
  const transactions = countAllTransactions(db);
  const samples =
    query.samples === 0
      ? []
      : quarantineReasons.flatMap((reason) =>
          quarantineSamples(db, reason, query.samples).map((row) => ({
            reason,
            source: streamOfCode(row.source),
            id: row.extId,
            payer: row.payer,
            beneficiary: row.beneficiary,
            ts: row.tsText,
            amount: row.amount,
            currency: row.currency,
            detail: row.detail,
            raw: row.raw,
          })),
        );
  return {
    currency: query.currency,
    totals: { transactions, valid: transactions - quarantined - duplicates.excluded, quarantined },
    byReason,
    companies: query.companies === 0 ? [] : companyRanking(db, query.companies),
    samples,
    rateWarnings: rateWarnings(
      rates,
      loadAllRateOverrides(db),
      movementsPerCurrency(db),
      readRateTable(rates, readConversionSettings(db).conventions),
    ),
    strictIbanWarnings: strictIbanWarningCounts(db).map((row) => ({
      source: streamOfCode(row.source),
      count: row.count,
    })),
    strictIban: readScalarSettings(db).strictIban,
    possibleDuplicates: duplicates,
    conversion: loadConversion(db, query.currency).info,
    unreadable: unreadableRecords(db, query.samples),
    scope: scopeOfReport(db),
  };
}

/** With a portfolio scope the counts cover only the records fetched: the report says for how many. */
function scopeOfReport(db: ReadableDb): { readonly companies: number } | null {
  const scope = appScope(db);
  return scope === null ? null : { companies: scope.size };
}

function possibleDuplicates(db: ReadableDb, samples: number): PossibleDuplicates {
  const groups = possibleDuplicateGroups(db);
  return {
    groups: groups.length,
    records: groups.reduce((sum, group) => sum + group.copies, 0),
    excluded: groups.reduce((sum, group) => sum + group.excluded, 0),
    excludeSetting: readScalarSettings(db).excludeDuplicates,
    samples: groups.slice(0, samples).map((group) => ({
      source: streamOfCode(group.source),
      ts: group.tsText,
      payer: group.payer,
      beneficiary: group.beneficiary,
      amount: group.amount,
      currency: group.currency,
      ids: group.ids.split(', '),
    })),
  };
}
