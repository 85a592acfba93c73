/**
 * Analyst settings that change figures: reporting currency, default interest rates, rate overrides,
 * opening balances and strict IBAN validation. The argument schema of `settings:update` and the
 * settings as every reader receives them.
 */
import { z } from 'zod';
import type { ReportingCurrency } from './domain';
import type { ConventionSetting, RatePolicy } from './rates';
import { isIsoCurrency } from './rules/currency';

export interface RateOverride {
  readonly currency: string;
  readonly reporting: ReportingCurrency;
  readonly rate: number;
}

export interface OpeningBalance {
  readonly iban: string;
  readonly reporting: ReportingCurrency;
  readonly amount: number;
  /** The company that owns the account. */
  readonly companyId: number;
}

export interface Settings {
  readonly reportingCurrency: ReportingCurrency;
  /** Strict ISO 13616 IBAN validation (docs/domain.md rule 2); off by default. */
  readonly strictIban: boolean;
  readonly debitRate: number;
  readonly creditRate: number;
  readonly rateOverrides: readonly RateOverride[];
  readonly openingBalances: readonly OpeningBalance[];
  /** How each rate column is read: inferred from the table ('auto', the default) or fixed. */
  readonly eurRateConvention: ConventionSetting;
  readonly usdRateConvention: ConventionSetting;
  /** Which rate snapshot converts a transaction: the latest ('current') or the one of its day. */
  readonly ratePolicy: RatePolicy;
  /** Leave possible duplicates (identical apart from the id) out of every figure; off by default. */
  readonly excludeDuplicates: boolean;
}

export type ScalarSettings = Omit<Settings, 'rateOverrides' | 'openingBalances'>;

export const defaultSettings: ScalarSettings = {
  reportingCurrency: 'EUR',
  strictIban: false,
  debitRate: 0.03,
  creditRate: 0.01,
  eurRateConvention: 'auto',
  usdRateConvention: 'auto',
  ratePolicy: 'current',
  excludeDuplicates: false,
};

const conventionSetting = z.enum(['auto', 'multiply', 'divide']);

const reporting = z.enum(['EUR', 'USD']);
const rate = z.number().min(0).max(1);

export const settingsUpdateArgument = z
  .object({
    reportingCurrency: reporting.optional(),
    strictIban: z.boolean().optional(),
    debitRate: rate.optional(),
    creditRate: rate.optional(),
    eurRateConvention: conventionSetting.optional(),
    usdRateConvention: conventionSetting.optional(),
    ratePolicy: z.enum(['current', 'per-date']).optional(),
    excludeDuplicates: z.boolean().optional(),
    /** `rate: null` removes the override. */
    rateOverrides: z
      .array(
        z
          .object({
            currency: z
              .string()
              .regex(/^[A-Z]{3}$/, 'must be a three-letter upper-case code')
              .refine(isIsoCurrency, 'is not a currency (ISO 4217)'),
            reporting,
            rate: z.number().positive().max(1e9).nullable(),
          })
          .strict(),
      )
      .max(500)
      .optional(),
    /** `amount: null` removes the opening balance. */
    openingBalances: z
      .array(
        z
          .object({
            iban: z.string().min(1).max(64),
            reporting,
            amount: z.number().min(-1e15).max(1e15).nullable(),
          })
          .strict(),
      )
      .max(10_000)
      .optional(),
  })
  .strict();

export interface SettingsUpdateResult {
  readonly settings: Settings;
  /** Stored records whose status changed because the strict IBAN setting changed. */
  readonly reclassified: number;
}
