import { describe, expect, it } from 'vitest';
import { axisMoneyFormatter } from '../../../shared/charts/value-format';
import { compactAmount, parseRate, sparkPath } from '../../../renderer/src/display/amounts';
import { matchesText } from '../../../renderer/src/keyboard/commands';
import { nextRow } from '../../../renderer/src/keyboard/next-row';
import { readPreferences, resolveTheme } from '../../../renderer/src/store/preferences-store';
import { shownIban } from '../../../renderer/src/search/company-search';

/** The labels ECharts would draw at `steps` even ticks from low to high. */
function ticks(low: number, high: number, steps: number): string[] {
  const format = axisMoneyFormatter('EUR', low, high, steps);
  return Array.from({ length: steps + 1 }, (_, index) => format(low + ((high - low) * index) / steps));
}

describe('axis labels', () => {
  it('never repeat a label on a short range of a large balance', () => {
    for (const [low, high] of [
      [1_000_010, 1_000_040],
      [12_345_000, 12_346_000],
      [250_000, 251_000],
      [99.5, 100.5],
      [-5_000_000, -4_999_000],
    ] as const) {
      const labels = ticks(low, high, 5);
      expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
    }
  });

  it('stay compact where the span allows it', () => {
    expect(ticks(0, 5_000_000, 5)).toEqual(['€0', '€1m', '€2m', '€3m', '€4m', '€5m']);
  });
});

describe('display helpers', () => {
  it('writes ten-million amounts compactly', () => {
    expect(compactAmount(123_456_789.12, 'EUR')).toBe('€123.46m');
    expect(compactAmount(-12_345_678, 'USD')).toBe('-US$12.35m');
  });

  it('reads a rate with a decimal point or comma, and nothing else', () => {
    expect(parseRate('1,17')).toBe(1.17);
    expect(parseRate(' 0.91 ')).toBe(0.91);
    expect(parseRate('1.1.1')).toBeNull();
    expect(parseRate('-2')).toBeNull();
    expect(parseRate('0')).toBeNull();
    expect(parseRate('abc')).toBeNull();
    expect(parseRate('')).toBeNull();
  });

  it('draws a sparkline across the width, lowest value at the bottom', () => {
    expect(sparkPath([0, 10, 5], 100, 22)).toBe('M0.0 21.0L50.0 1.0L100.0 11.0');
    expect(sparkPath([], 100, 22)).toBe('');
  });

  it('follows the OS only while the choice is "system"', () => {
    expect(resolveTheme('system', 'light')).toBe('light');
    expect(resolveTheme('dark', 'light')).toBe('dark');
    expect(resolveTheme('light', 'dark')).toBe('light');
  });

  it('keeps only known values from stored preferences', () => {
    expect(readPreferences({ theme: 'light', density: 'compact', currency: 'USD' })).toEqual({
      theme: 'light',
      density: 'compact',
      currency: 'USD',
    });
    expect(readPreferences({ theme: 'pink', density: 3, currency: 'GBP' })).toEqual({});
    expect(readPreferences(null)).toEqual({});
  });

  it('moves the roving row with arrows, Home/End and pages, within the table', () => {
    expect(nextRow('ArrowDown', 0, 3)).toBe(1);
    expect(nextRow('ArrowDown', 2, 3)).toBe(2);
    expect(nextRow('ArrowUp', 0, 3)).toBe(0);
    expect(nextRow('End', 0, 30)).toBe(29);
    expect(nextRow('PageDown', 25, 30)).toBe(29);
    expect(nextRow('PageUp', 12, 30)).toBe(2);
    expect(nextRow('a', 1, 3)).toBeNull();
  });

  it('matches palette commands by every typed word', () => {
    expect(matchesText('Theme: light', 'light th')).toBe(true);
    expect(matchesText('Data quality', 'quality set')).toBe(false);
    expect(matchesText('Settings', '')).toBe(true);
  });

  it('shows the IBAN an IBAN search matched', () => {
    const hit = {
      companyId: 1,
      name: 'Acme',
      address: '',
      ibans: ['DE89370400440532013000', 'NL02ABNA0123456789'],
      balance: 0,
      inDebt: false,
      matched: 'iban' as const,
      inScope: true,
    };
    expect(shownIban(hit, 'nl02 abna')).toBe('NL02ABNA0123456789');
    expect(shownIban({ ...hit, matched: 'name' }, 'acme')).toBe('DE89370400440532013000');
  });
});
