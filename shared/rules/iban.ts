/**
 * IBAN validity (domain.md rule 2). The assignment's rule: an IBAN is valid when it starts with an
 * upper-case ISO 3166-1 alpha-2 code assigned to a country. The stricter ISO 13616 check (length per
 * country and mod-97 check digits) is an optional setting; when off, its failures are warnings only.
 */
import countries from 'i18n-iso-countries';
import { isValidIBAN } from 'ibantools';

const upperAlpha2 = /^[A-Z]{2}/;

/** The country code an IBAN starts with, or null when it does not start with an assigned one. */
export function ibanCountry(iban: string): string | null {
  if (!upperAlpha2.test(iban)) return null;
  const code = iban.slice(0, 2);
  return countries.isValid(code) ? code : null;
}

export function isValidIbanByCountry(iban: string): boolean {
  return ibanCountry(iban) !== null;
}

/** Full ISO 13616 validation; spaces are tolerated as people write them. */
export function isValidIbanStrict(iban: string): boolean {
  return isValidIBAN(iban.replace(/\s+/g, ''));
}
