import countries from 'i18n-iso-countries/index';
import { describe, expect, it } from 'vitest';
import { ibanCountry } from '../../../shared/rules/iban';

describe('the country an IBAN starts with', () => {
  it('is its first two characters exactly when they are an assigned upper-case alpha-2 code', () => {
    const characters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcz09 -';
    let assigned = 0;
    for (const first of characters)
      for (const second of characters) {
        const start = `${first}${second}`;
        const expected = /^[A-Z]{2}$/.test(start) && countries.isValid(start) ? start : null;
        expect(ibanCountry(`${start}89370400440532013000`), start).toBe(expected);
        if (expected !== null) assigned += 1;
      }
    expect(assigned).toBeGreaterThan(240);
    expect(ibanCountry('XK051212012345678906')).toBe(countries.isValid('XK') ? 'XK' : null);
    expect(ibanCountry('D')).toBeNull();
    expect(ibanCountry('')).toBeNull();
  });
});
