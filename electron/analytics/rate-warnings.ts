/**
 * Sanity checks of the rate table (docs/domain.md "Money and currency"), pure:
 * - identity rows that are not 1 (`EUR.eurRate`, `USD.usdRate`): ignored by conversion, but a sign
 *   of a broken feed;
 * - cross-rate disagreement: read in each column's convention (rate-reading.ts), a row's EUR value
 *   must equal its USD value times the EUR-per-USD rate; flagged when the larger exceeds the smaller
 *   by more than 10 %. The EUR-per-USD rate is the override, else the USD row (when its identity
 *   cell is 1), else the EUR row (likewise), else the median cross rate of the rows;
 * - codes that are not ISO 4217 (`SGP`);
 * - currencies seen in valid transactions with neither a row nor an override ("no rate"): their
 *   amounts are left out of converted figures until a rate exists.
 */
import type { ExchangeRate, ReportingCurrency } from '../../shared/domain';
import { reportingCurrencies } from '../../shared/domain';
import type { RateWarning } from '../../shared/quality';
import { isIsoCurrency } from '../../shared/rules/currency';
import type { RateOverride } from '../../shared/settings';
import { readRateTable, unitValue, type TableReading } from './rate-reading';

export const crossRateTolerance = 0.1;

function usdToEur(
  rates: ReadonlyMap<string, ExchangeRate>,
  overrides: readonly RateOverride[],
  reading: TableReading,
): number | null {
  const override = overrides.find((o) => o.currency === 'USD' && o.reporting === 'EUR');
  if (override !== undefined) return override.rate;
  const usd = rates.get('USD');
  if (usd !== undefined && usd.usdRate === 1 && usd.eurRate > 0)
    return unitValue(usd.eurRate, reading.conventions.eurRate.convention);
  const eur = rates.get('EUR');
  if (eur !== undefined && eur.eurRate === 1 && eur.usdRate > 0)
    return 1 / unitValue(eur.usdRate, reading.conventions.usdRate.convention);
  return reading.eurPerUsd;
}

export function rateWarnings(
  table: readonly ExchangeRate[],
  overrides: readonly RateOverride[],
  movements: ReadonlyMap<string, number>,
  reading: TableReading = readRateTable(table, { eurRate: 'auto', usdRate: 'auto' }),
): RateWarning[] {
  const warnings: RateWarning[] = [];
  const rates = new Map(table.map((rate) => [rate.currency, rate] as const));
  const eur = rates.get('EUR');
  if (eur !== undefined && eur.eurRate !== 1)
    warnings.push({ kind: 'identity-not-one', currency: 'EUR', column: 'eurRate', value: eur.eurRate });
  const usd = rates.get('USD');
  if (usd !== undefined && usd.usdRate !== 1)
    warnings.push({ kind: 'identity-not-one', currency: 'USD', column: 'usdRate', value: usd.usdRate });

  const cross = usdToEur(rates, overrides, reading);
  for (const rate of table) {
    if (!isIsoCurrency(rate.currency)) warnings.push({ kind: 'non-iso-code', currency: rate.currency });
    if (cross === null || rate.currency === 'EUR' || rate.currency === 'USD') continue;
    if (rate.eurRate <= 0 || rate.usdRate <= 0) continue;
    const eurValue = unitValue(rate.eurRate, reading.conventions.eurRate.convention);
    const implied = unitValue(rate.usdRate, reading.conventions.usdRate.convention) * cross;
    const disagreement = Math.max(implied, eurValue) / Math.min(implied, eurValue) - 1;
    if (disagreement > crossRateTolerance) {
      warnings.push({
        kind: 'cross-rate',
        currency: rate.currency,
        eurRate: eurValue,
        impliedEurRate: implied,
        disagreement,
      });
    }
  }

  for (const [currency, count] of [...movements.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (const reporting of reportingCurrencies) {
      if (currency === reporting || hasRate(rates, overrides, currency, reporting)) continue;
      warnings.push({ kind: 'no-rate', currency, reporting, movements: count });
    }
  }
  return warnings;
}

function hasRate(
  rates: ReadonlyMap<string, ExchangeRate>,
  overrides: readonly RateOverride[],
  currency: string,
  reporting: ReportingCurrency,
): boolean {
  return rates.has(currency) || overrides.some((o) => o.currency === currency && o.reporting === reporting);
}
