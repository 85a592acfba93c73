/**
 * Currency conversion (docs/domain.md "Money and currency"): the factor from a transaction currency
 * into the reporting currency is 1 for the same currency (the table is not consulted), else the
 * analyst's override, else — between EUR and USD — the cross rate of the table's reading, else the
 * table's column for the reporting currency read in that column's convention (rate-reading.ts). A
 * currency without any of these cannot be converted and is left out of converted figures.
 */
import type { ExchangeRate, ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import { isIsoCurrency } from '../../shared/rules/currency';
import type { ConversionInfo, RatePolicy, RateReadingWarning, RateUsed } from '../../shared/rates';
import type { ReadableDb } from '../db/connection';
import { loadRateOverrides, loadRates, loadSnapshot, loadSnapshotDays } from '../db/queries/rates';
import { maxUnitValue, readRateTable, type ConventionChoice } from './rate-reading';
import { readConversionSettings } from '../settings/settings';

/** A converted factor this far from what the other column and the cross rate imply is flagged. */
export const plausibilityTolerance = 0.25;

export interface Conversion {
  readonly reporting: ReportingCurrency;
  /** The factor for a currency, or null when no rate exists. */
  factor(currency: string): number | null;
  /** Converts integer cents of `currency` into the reporting currency; null when unconvertible. */
  convertCents(cents: number, currency: string): number | null;
  /** How the table was read and what each currency's factor is, for the figures' provenance. */
  readonly info: ConversionInfo;
  /**
   * The rate periods (rates over time, docs/domain.md): under the per-date policy one per stored
   * snapshot, each from its day to the day before the next (the earliest also covers every day
   * before it); otherwise one period, this conversion, covering all days. Bounds are inclusive.
   */
  readonly periods: readonly RatePeriod[];
}

export interface RatePeriod {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly conversion: Conversion;
}

/** Day bounds wide enough for any data: a period without an end runs to these. */
export const earliestDay = -1_000_000;
export const latestDay = 10_000_000;

export interface ConversionInput {
  readonly reporting: ReportingCurrency;
  readonly table: readonly ExchangeRate[];
  readonly choice: ConventionChoice;
  /** Overrides per reporting currency: units of R per unit of the currency. */
  readonly overrides: {
    readonly EUR: ReadonlyMap<string, number>;
    readonly USD: ReadonlyMap<string, number>;
  };
  readonly policy?: RatePolicy;
  readonly snapshotDays?: readonly number[];
}

type Factors = (currency: string) => { factor: number; used: RateUsed } | null;

interface Cross {
  readonly eurPerUsd: number | null;
  readonly usdPerEur: number | null;
}

function factorsInto(input: ConversionInput, into: ReportingCurrency, cross: Cross): Factors {
  const column = into === 'EUR' ? 'eurRate' : 'usdRate';
  const reading = readRateTable(input.table, input.choice);
  const convention = reading.conventions[column].convention;
  return (currency) => {
    const make = (factor: number, source: RateUsed['source'], tableValue: number | null) => ({
      factor,
      used: {
        currency,
        factor,
        source,
        convention: source === 'table' ? convention : null,
        tableValue,
      },
    });
    if (currency === into) return make(1, 'identity', null);
    const override = input.overrides[into].get(currency);
    if (override !== undefined) return make(override, 'override', null);
    if (currency === 'EUR' || currency === 'USD') {
      const factor = into === 'EUR' ? cross.eurPerUsd : cross.usdPerEur;
      return factor === null ? null : make(factor, 'cross-rate', null);
    }
    const row = input.table.find((r) => r.currency === currency);
    const cell = row?.[column];
    if (cell === undefined || !Number.isFinite(cell) || cell <= 0) return null;
    return make(convention === 'multiply' ? cell : 1 / cell, 'table', cell);
  };
}

export function createConversion(input: ConversionInput): Conversion {
  const { reporting } = input;
  const reading = readRateTable(input.table, input.choice);
  const usdOverride = input.overrides.EUR.get('USD');
  const eurOverride = input.overrides.USD.get('EUR');
  // An override of one direction implies the other, unless that one is overridden too.
  const cross: Cross = {
    eurPerUsd: usdOverride ?? (eurOverride !== undefined ? 1 / eurOverride : null) ?? reading.eurPerUsd,
    usdPerEur: eurOverride ?? (usdOverride !== undefined ? 1 / usdOverride : null) ?? reading.usdPerEur,
  };
  const eurPerUsd = cross.eurPerUsd;
  const into = factorsInto(input, reporting, cross);
  const cache = new Map<string, ReturnType<Factors>>();
  const lookup = (currency: string) => {
    if (!cache.has(currency)) cache.set(currency, into(currency));
    return cache.get(currency) ?? null;
  };
  const currencies = [
    ...new Set([...input.table.map((r) => r.currency), ...input.overrides[reporting].keys(), 'EUR', 'USD']),
  ].sort();
  const rates = currencies.flatMap((currency) => {
    const found = lookup(currency);
    return found === null ? [] : [found.used];
  });
  const days = input.snapshotDays ?? [];
  const last = days.at(-1);
  const self: Conversion = {
    reporting,
    get periods() {
      return [{ firstDay: earliestDay, lastDay: latestDay, conversion: self }];
    },
    factor: (currency) => lookup(currency)?.factor ?? null,
    convertCents(cents, currency) {
      const rate = lookup(currency)?.factor ?? null;
      return rate === null ? null : (cents / 100) * rate;
    },
    info: {
      reporting,
      policy: input.policy ?? 'current',
      asOf: last === undefined ? null : isoFromDay(last),
      snapshots: days.map(isoFromDay),
      conventions: reading.conventions,
      eurPerUsd,
      crossSource: usdOverride !== undefined || eurOverride !== undefined ? 'override' : reading.crossSource,
      crossRows: reading.crossRows,
      crossSpread: reading.crossSpread,
      rates,
      warnings: [...reading.warnings, ...plausibility(input, cross)],
    },
  };
  return self;
}

/**
 * The plausibility check: a currency's EUR factor should equal its USD factor times the EUR-per-USD
 * rate in use. A wrong convention, a mistyped override or a broken row shows up as a large gap.
 */
function plausibility(input: ConversionInput, cross: Cross): RateReadingWarning[] {
  const eurPerUsd = cross.eurPerUsd;
  if (eurPerUsd === null) return [];
  const eur = factorsInto(input, 'EUR', cross);
  const usd = factorsInto(input, 'USD', cross);
  const warnings: RateReadingWarning[] = [];
  const currencies = [...new Set(input.table.map((r) => r.currency))].sort();
  for (const currency of currencies) {
    // Codes that are not currencies (SGP) never convert anything: their records are dirty.
    if (currency === 'EUR' || currency === 'USD' || !isIsoCurrency(currency)) continue;
    const inEur = eur(currency)?.factor;
    const inUsd = usd(currency)?.factor;
    for (const factor of [inEur, inUsd])
      if (factor !== undefined && factor > maxUnitValue)
        warnings.push({ kind: 'unit-value', currency, factor });
    if (inEur === undefined || inUsd === undefined) continue;
    const expected = inUsd * eurPerUsd;
    const deviation = Math.max(inEur, expected) / Math.min(inEur, expected) - 1;
    if (deviation > plausibilityTolerance)
      warnings.push({ kind: 'implausible', currency, factor: inEur, expected, deviation });
  }
  const usdInEur = eur('USD')?.factor;
  const eurInUsd = usd('EUR')?.factor;
  if (usdInEur !== undefined && eurInUsd !== undefined) {
    const roundTrip = usdInEur * eurInUsd;
    const deviation = Math.max(roundTrip, 1) / Math.min(roundTrip, 1) - 1;
    if (deviation > plausibilityTolerance)
      warnings.push({
        kind: 'implausible',
        currency: 'USD',
        factor: usdInEur,
        expected: 1 / eurInUsd,
        deviation,
      });
  }
  return warnings;
}

export function loadConversion(db: ReadableDb, reporting: ReportingCurrency): Conversion {
  const settings = readConversionSettings(db);
  const snapshotDays = loadSnapshotDays(db);
  const base = {
    reporting,
    choice: settings.conventions,
    overrides: { EUR: loadRateOverrides(db, 'EUR'), USD: loadRateOverrides(db, 'USD') },
    policy: settings.ratePolicy,
    snapshotDays,
  };
  const current = createConversion({ ...base, table: loadRates(db) });
  if (settings.ratePolicy === 'current' || snapshotDays.length < 2) return current;
  // Per date: each snapshot converts the days from its own to the one before the next; the
  // earliest also converts everything before it (docs/domain.md "Money and currency").
  const periods: RatePeriod[] = snapshotDays.map((day, index) => ({
    firstDay: index === 0 ? earliestDay : day,
    lastDay: (snapshotDays[index + 1] ?? latestDay + 1) - 1,
    conversion: createConversion({ ...base, table: loadSnapshot(db, day) }),
  }));
  return { ...current, periods };
}

/** The periods that meet an inclusive day range, cut to it. */
export function periodsWithin(conversion: Conversion, fromDay: number, toDay: number): RatePeriod[] {
  return conversion.periods.flatMap((period) => {
    const firstDay = Math.max(period.firstDay, fromDay);
    const lastDay = Math.min(period.lastDay, toDay);
    return firstDay <= lastDay ? [{ ...period, firstDay, lastDay }] : [];
  });
}

/** The conversion in force on a day. */
export function conversionOn(conversion: Conversion, day: number): Conversion {
  return conversion.periods.find((p) => p.firstDay <= day && day <= p.lastDay)?.conversion ?? conversion;
}
