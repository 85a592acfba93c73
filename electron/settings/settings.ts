/**
 * Analyst settings: read with defaults (a missing or unreadable value never breaks a figure), and
 * updated in one transaction. Every query reads them afresh, so a change takes effect at once.
 */
import type { ReportingCurrency } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import type { ConventionSetting, RatePolicy } from '../../shared/rates';
import {
  defaultSettings,
  type ScalarSettings,
  type Settings,
  type SettingsUpdateResult,
} from '../../shared/settings';
import type { ReadableDb, WritableDb } from '../db/connection';
import { reclassifyDuplicates } from '../db/mutations/duplicates';
import { refreshRecentFlows } from '../db/mutations/recent-flows';
import {
  reclassifyStrictIban,
  saveOpeningBalance,
  saveRateOverride,
  saveSetting,
} from '../db/mutations/settings';
import {
  accountExists,
  loadAllOpeningBalances,
  loadAllRateOverrides,
  loadSettingValues,
} from '../db/queries/settings';

export interface SettingsUpdate {
  readonly reportingCurrency?: ReportingCurrency | undefined;
  readonly strictIban?: boolean | undefined;
  readonly debitRate?: number | undefined;
  readonly creditRate?: number | undefined;
  readonly eurRateConvention?: ConventionSetting | undefined;
  readonly usdRateConvention?: ConventionSetting | undefined;
  readonly ratePolicy?: RatePolicy | undefined;
  readonly excludeDuplicates?: boolean | undefined;
  readonly rateOverrides?:
    readonly { currency: string; reporting: ReportingCurrency; rate: number | null }[] | undefined;
  readonly openingBalances?:
    readonly { iban: string; reporting: ReportingCurrency; amount: number | null }[] | undefined;
}

function rateOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : fallback;
}

function conventionOr(value: unknown): ConventionSetting {
  return value === 'multiply' || value === 'divide' ? value : 'auto';
}

/** The scalar settings only: what most queries need, without the override and opening lists. */
export function readScalarSettings(db: ReadableDb): ScalarSettings {
  const values = loadSettingValues(db);
  const currency = values.get('reportingCurrency');
  return {
    eurRateConvention: conventionOr(values.get('eurRateConvention')),
    usdRateConvention: conventionOr(values.get('usdRateConvention')),
    ratePolicy: values.get('ratePolicy') === 'per-date' ? 'per-date' : defaultSettings.ratePolicy,
    excludeDuplicates: values.get('excludeDuplicates') === true,
    reportingCurrency:
      currency === 'USD' || currency === 'EUR' ? currency : defaultSettings.reportingCurrency,
    strictIban: values.get('strictIban') === true,
    debitRate: rateOr(values.get('debitRate'), defaultSettings.debitRate),
    creditRate: rateOr(values.get('creditRate'), defaultSettings.creditRate),
  };
}

/** What conversion needs: each column's convention setting and the snapshot policy. */
export function readConversionSettings(db: ReadableDb): {
  readonly conventions: { readonly eurRate: ConventionSetting; readonly usdRate: ConventionSetting };
  readonly ratePolicy: RatePolicy;
} {
  const settings = readScalarSettings(db);
  return {
    conventions: { eurRate: settings.eurRateConvention, usdRate: settings.usdRateConvention },
    ratePolicy: settings.ratePolicy,
  };
}

export function readSettings(db: ReadableDb): Settings {
  return {
    ...readScalarSettings(db),
    rateOverrides: loadAllRateOverrides(db),
    openingBalances: loadAllOpeningBalances(db),
  };
}

/** The reporting currency a query uses: the one asked for, else the analyst's setting. */
export function reportingCurrencyOf(
  db: ReadableDb,
  requested: ReportingCurrency | undefined,
): ReportingCurrency {
  return requested ?? readScalarSettings(db).reportingCurrency;
}

/** Accounts are stored as the API sent them; analysts may type them with spaces or in lower case. */
function storedIban(db: ReadableDb, iban: string): string {
  if (accountExists(db, iban)) return iban;
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (accountExists(db, compact)) return compact;
  throw new AppFailure('not-found', `${iban} is not an account of any known company.`);
}

export function updateSettings(db: WritableDb, update: SettingsUpdate): SettingsUpdateResult {
  const before = readScalarSettings(db);
  const openings = (update.openingBalances ?? []).map((entry) => ({
    ...entry,
    iban: storedIban(db, entry.iban),
  }));
  let reclassified = 0;
  db.transaction(() => {
    if (update.reportingCurrency !== undefined)
      saveSetting(db, 'reportingCurrency', update.reportingCurrency);
    if (update.debitRate !== undefined) saveSetting(db, 'debitRate', update.debitRate);
    if (update.creditRate !== undefined) saveSetting(db, 'creditRate', update.creditRate);
    for (const key of ['eurRateConvention', 'usdRateConvention', 'ratePolicy'] as const) {
      const value = update[key];
      if (value !== undefined) saveSetting(db, key, value);
    }
    if (update.excludeDuplicates !== undefined) {
      saveSetting(db, 'excludeDuplicates', update.excludeDuplicates);
      if (update.excludeDuplicates !== before.excludeDuplicates)
        reclassified += reclassifyDuplicates(db, update.excludeDuplicates);
    }
    for (const override of update.rateOverrides ?? [])
      saveRateOverride(db, override.currency, override.reporting, override.rate);
    for (const opening of openings) saveOpeningBalance(db, opening.iban, opening.reporting, opening.amount);
    if (update.strictIban !== undefined) {
      saveSetting(db, 'strictIban', update.strictIban);
      if (update.strictIban !== before.strictIban)
        reclassified += reclassifyStrictIban(db, update.strictIban);
    }
    // Reclassified records changed the aggregates: the portfolio's kept figures follow at once.
    if (reclassified > 0) refreshRecentFlows(db);
  })();
  return { settings: readSettings(db), reclassified };
}
