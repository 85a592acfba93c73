/**
 * Currency validity (docs/domain.md rule 3): a code is valid when it is a current ISO 4217 code. The list
 * comes from the JavaScript runtime's ICU data (`Intl.supportedValuesOf`), which tracks ISO 4217.
 */

const isoCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isIsoCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && isoCodes.has(code);
}
