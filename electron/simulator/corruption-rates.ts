/** Default corruption rates (close to the seed data) and how partial overrides are resolved. */
import { AppFailure } from '../../shared/result';
import type { CorruptionRates } from './model';

export const defaultCorruptionRates: CorruptionRates = {
  batchPayment: 0.005,
  invalidIban: 0.01,
  invalidCurrency: 0.002,
  malformed: 0.001,
  duplicate: 0.005,
  strictIbanWarning: 0.01,
};

export const corruptionKeys = Object.keys(defaultCorruptionRates) as readonly (keyof CorruptionRates)[];

/** Fills missing rates with the defaults; each rate must lie in [0, 0.2] so clean records dominate. */
export function resolveRates(partial: Partial<CorruptionRates> = {}): CorruptionRates {
  const rates = { ...defaultCorruptionRates, ...partial };
  for (const key of corruptionKeys) {
    const value = rates[key];
    if (!Number.isFinite(value) || value < 0 || value > 0.2) {
      throw new AppFailure(
        'invalid-argument',
        `corruption rate ${key} must be between 0 and 0.2 (got ${value})`,
      );
    }
  }
  return rates;
}
