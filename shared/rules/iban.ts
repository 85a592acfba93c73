/**
 * IBAN validity (docs/domain.md rule 2). The assignment's rule: an IBAN is valid when it starts with an
 * upper-case ISO 3166-1 alpha-2 code assigned to a country. The stricter ISO 13616 check (length per
 * country and mod-97 check digits) is an optional setting; when off, its failures are warnings only.
 */
import countries from 'i18n-iso-countries/index';
import { isValidIBAN } from 'ibantools';

/**
 * The assigned upper-case alpha-2 codes, gathered once: a sync asks for two IBANs per record, and
 * the package's general lookup (alpha-2, alpha-3 or numeric, any case) cost about 2 % of its CPU.
 */
let assignedCodes: ReadonlySet<string> | null = null;

/** The country code an IBAN starts with, or null when it does not start with an assigned one. */
export function ibanCountry(iban: string): string | null {
  assignedCodes ??= new Set(Object.keys(countries.getAlpha2Codes()));
  const code = iban.slice(0, 2);
  return assignedCodes.has(code) ? code : null;
}

export function isValidIbanByCountry(iban: string): boolean {
  return ibanCountry(iban) !== null;
}

/**
 * Verdicts of the mod-97 check, remembered: a sync meets the same few thousand accounts millions of
 * times, and the check was a tenth of its CPU. Bounded so a stream of ever-new IBANs cannot grow it
 * without limit.
 */
const strictVerdicts = new Map<string, boolean>();
const maxRemembered = 200_000;

/** Full ISO 13616 validation; spaces are tolerated as people write them. */
export function isValidIbanStrict(iban: string): boolean {
  const known = strictVerdicts.get(iban);
  if (known !== undefined) return known;
  const verdict = isValidIBAN(iban.replace(/\s+/g, ''));
  if (strictVerdicts.size >= maxRemembered) strictVerdicts.clear();
  strictVerdicts.set(iban, verdict);
  return verdict;
}
