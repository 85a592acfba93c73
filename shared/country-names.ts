/** English country names for ISO 3166-1 alpha-2 codes, for tables, charts and reports. */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}
