/** English country names for ISO 3166-1 alpha-2 codes, for tables, charts and reports. */
// The core without its Node entry, which require()s every locale by a computed path that no bundle
// can follow; only the English names are used.
import countries from 'i18n-iso-countries/index';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(english);

export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}
