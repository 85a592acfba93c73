import { describe, expect, it } from 'vitest';
import { createConversion } from '../../../electron/analytics/conversion';
import { parseExposerRates } from '../../../electron/sources/wire/exposer-records';
import { conversionTooltip, doubtfulRateWarnings, policyText } from '../../../shared/rate-text';
import { reportedDifferenceNotable } from '../../../shared/reported-balance';
import { readExposerFixture } from '../../helpers/fixtures';

const table = parseExposerRates(readExposerFixture('exposer-exchange-rates.json')).rates;
const overrides = { EUR: new Map<string, number>(), USD: new Map<string, number>() };

describe('what the screens say about conversion', () => {
  it("states each column's reading, the EUR↔USD rate and each factor in the tooltip", () => {
    const info = createConversion({
      reporting: 'USD',
      table,
      choice: { eurRate: 'auto', usdRate: 'auto' },
      overrides,
      snapshotDays: [20_000],
    }).info;
    const tooltip = conversionTooltip(info);
    expect(tooltip).toContain('eur_rate read as EUR per unit (inferred from the table)');
    expect(tooltip).toContain('usd_rate read as units per USD (inferred from the table)');
    expect(tooltip).toMatch(/1 USD = 1\.09\d\d EUR \(median of 4 rows' cross rates\)/);
    expect(tooltip).toContain(`1 JPY = ${(1 / 133.18).toPrecision(6)} USD (table 133.18, divided)`);
    expect(policyText(info)).toBe('current rates (as of 2024-10-04) for every date');
    expect(doubtfulRateWarnings(info)).toEqual([]);
  });

  it('has warnings to show beside figures when the analyst forces an implausible reading', () => {
    const info = createConversion({
      reporting: 'EUR',
      table,
      choice: { eurRate: 'multiply', usdRate: 'multiply' },
      overrides,
    }).info;
    expect(doubtfulRateWarnings(info).length).toBeGreaterThan(0);
  });
});

describe('the reported balance', () => {
  it('flags a difference only above both €100 and 10 % of the reported figure', () => {
    expect(reportedDifferenceNotable(99, 0)).toBe(false);
    expect(reportedDifferenceNotable(101, 0)).toBe(true);
    expect(reportedDifferenceNotable(900, 10_000)).toBe(false);
    expect(reportedDifferenceNotable(-1_100, 10_000)).toBe(true);
  });
});
