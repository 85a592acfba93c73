import { describe, expect, it } from 'vitest';
import { createConversion } from '../../../electron/analytics/conversion';
import { readRateTable, type ConventionChoice } from '../../../electron/analytics/rate-reading';
import { parseExposerRates } from '../../../electron/sources/wire/exposer-records';
import type { ExchangeRate, ReportingCurrency } from '../../../shared/domain';
import { readExposerFixture } from '../../helpers/fixtures';

const bankTable = parseExposerRates(readExposerFixture('exposer-exchange-rates.json')).rates;
const auto: ConventionChoice = { eurRate: 'auto', usdRate: 'auto' };
const noOverrides = { EUR: new Map<string, number>(), USD: new Map<string, number>() };

function conversion(
  table: readonly ExchangeRate[],
  reporting: ReportingCurrency,
  choice: ConventionChoice = auto,
) {
  return createConversion({ reporting, table, choice, overrides: noOverrides });
}

describe("reading the bank's own rate table", () => {
  const reading = readRateTable(bankTable, auto);

  it('reads eur_rate as EUR per unit and usd_rate as units per USD', () => {
    expect(reading.conventions.eurRate).toEqual({ convention: 'multiply', inferred: true });
    expect(reading.conventions.usdRate).toEqual({ convention: 'divide', inferred: true });
  });

  it('ignores the EUR and USD rows, which contradict identity, and says so', () => {
    expect(reading.warnings).toEqual(
      expect.arrayContaining([
        { kind: 'row-ignored', currency: 'EUR', reason: 'identity-not-one' },
        { kind: 'row-ignored', currency: 'USD', reason: 'identity-not-one' },
      ]),
    );
    expect(reading.crossSource).toBe('median');
  });

  it('takes the EUR↔USD rate as the median cross rate of the ISO rows, between 1.05 and 1.20', () => {
    // GBP, JPY, NOK and PLN (SGP is not a currency); each row's EUR value over its USD value.
    const implied = [0.83 * 1.32, 133.18 * 0.0082, 9.51 * 0.12, 4.72 * 0.23].sort((a, b) => a - b);
    expect(reading.crossRows).toBe(4);
    expect(reading.eurPerUsd).toBeCloseTo(((implied[1] ?? 0) + (implied[2] ?? 0)) / 2, 12);
    expect(reading.eurPerUsd).toBeGreaterThan(1.05);
    expect(reading.eurPerUsd).toBeLessThan(1.2);
  });

  it('converts JPY into USD by dividing and into EUR by multiplying', () => {
    expect(conversion(bankTable, 'USD').factor('JPY')).toBeCloseTo(1 / 133.18, 12);
    expect(conversion(bankTable, 'EUR').factor('JPY')).toBeCloseTo(0.0082, 12);
  });

  it('converts between EUR and USD through the cross rate, both ways consistently', () => {
    const cross = reading.eurPerUsd ?? NaN;
    expect(conversion(bankTable, 'EUR').factor('USD')).toBeCloseTo(cross, 12);
    expect(conversion(bankTable, 'USD').factor('EUR')).toBeCloseTo(1 / cross, 12);
  });

  it('finds every currency plausible under the inferred reading', () => {
    expect(conversion(bankTable, 'USD').info.warnings.filter((w) => w.kind === 'implausible')).toEqual([]);
  });

  it('flags implausible factors when the analyst forces the old "multiply" reading of both columns', () => {
    const forced = conversion(bankTable, 'USD', { eurRate: 'multiply', usdRate: 'multiply' });
    expect(forced.info.conventions.usdRate).toEqual({ convention: 'multiply', inferred: false });
    const flagged = forced.info.warnings.flatMap((w) => (w.kind === 'implausible' ? [w.currency] : []));
    expect(flagged).toEqual(expect.arrayContaining(['JPY', 'NOK', 'PLN']));
  });

  it('states the rate, convention and source of every factor it uses', () => {
    const info = conversion(bankTable, 'USD').info;
    expect(info.rates.find((r) => r.currency === 'NOK')).toEqual({
      currency: 'NOK',
      factor: 1 / 9.51,
      source: 'table',
      convention: 'divide',
      tableValue: 9.51,
    });
    expect(info.rates.find((r) => r.currency === 'USD')).toMatchObject({ factor: 1, source: 'identity' });
    expect(info.rates.find((r) => r.currency === 'EUR')).toMatchObject({ source: 'cross-rate' });
  });
});

describe('reading a sane table', () => {
  // EUR per unit and USD per unit in both columns, identity rows intact: a consistent "multiply" table.
  const sane: ExchangeRate[] = [
    { currency: 'EUR', usdRate: 1.08, eurRate: 1 },
    { currency: 'USD', usdRate: 1, eurRate: 0.925 },
    { currency: 'GBP', usdRate: 1.27, eurRate: 1.17 },
    { currency: 'JPY', usdRate: 0.0067, eurRate: 0.0062 },
    { currency: 'CHF', usdRate: 1.13, eurRate: 1.04 },
    { currency: 'PLN', usdRate: 0.25, eurRate: 0.23 },
  ];

  it('reads both columns as multiply', () => {
    const reading = readRateTable(sane, auto);
    expect(reading.conventions.eurRate.convention).toBe('multiply');
    expect(reading.conventions.usdRate.convention).toBe('multiply');
  });

  it('uses its EUR/USD rows for the cross rate when they agree with the other rows', () => {
    const reading = readRateTable(sane, auto);
    expect(reading.warnings).toEqual([]);
    expect(reading.crossSource).toBe('row');
    expect(reading.eurPerUsd).toBe(0.925);
    // Each direction with its own row, as before the conventions were inferred: no regression.
    expect(conversion(sane, 'EUR').factor('USD')).toBe(0.925);
    expect(conversion(sane, 'USD').factor('EUR')).toBe(1.08);
    expect(conversion(sane, 'USD').factor('JPY')).toBe(0.0067);
  });

  it('reads a table of rates near 1 as multiply, the usual convention, when nothing else decides', () => {
    const nearOne: ExchangeRate[] = [
      { currency: 'GBP', usdRate: 1.27, eurRate: 1.17 },
      { currency: 'CHF', usdRate: 1.13, eurRate: 1.04 },
    ];
    const reading = readRateTable(nearOne, auto);
    expect([reading.conventions.eurRate.convention, reading.conventions.usdRate.convention]).toEqual([
      'multiply',
      'multiply',
    ]);
  });

  it('flags unit values no real currency has when a forced convention makes the other column flip', () => {
    const forced = conversion(bankTable, 'EUR', { eurRate: 'auto', usdRate: 'multiply' });
    expect(forced.info.conventions.eurRate.convention).toBe('divide');
    expect(forced.info.warnings).toContainEqual({ kind: 'unit-value', currency: 'JPY', factor: 1 / 0.0082 });
  });

  it('lets the analyst override a convention, which then is not marked as inferred', () => {
    const reading = readRateTable(sane, { eurRate: 'divide', usdRate: 'auto' });
    expect(reading.conventions.eurRate).toEqual({ convention: 'divide', inferred: false });
  });
});

describe('plausibility', () => {
  it('says nothing about a code that is not a currency, whose records never convert', () => {
    const table: ExchangeRate[] = [
      { currency: 'EUR', usdRate: 1.1, eurRate: 1 },
      { currency: 'USD', usdRate: 1, eurRate: 0.91 },
      { currency: 'GBP', usdRate: 1.27, eurRate: 1.17 },
      { currency: 'SGP', usdRate: 1.49, eurRate: 0.78 },
    ];
    expect(conversion(table, 'EUR').info.warnings).toEqual([]);
  });
});
