/** A sentence for each rate-table warning of the data-quality report (docs/domain.md's sanity checks). */
import { formatCount } from '../../../shared/format';
import type { RateWarning } from '../../../shared/quality';

export function rateWarningText(warning: RateWarning): string {
  switch (warning.kind) {
    case 'identity-not-one':
      return `${warning.currency}.${warning.column} is ${warning.value}, not 1: the identity is used instead.`;
    case 'cross-rate':
      return `${warning.currency}: eur_rate gives ${warning.eurRate.toPrecision(4)} EUR, but usd_rate and the EUR↔USD rate imply ${warning.impliedEurRate.toPrecision(4)} (${(warning.disagreement * 100).toFixed(1)} % apart).`;
    case 'non-iso-code':
      return `${warning.currency} is not an ISO 4217 currency code.`;
    case 'no-rate':
      return `${warning.currency} has no ${warning.reporting} rate: ${formatCount(warning.movements)} movements are left out of ${warning.reporting} figures.`;
  }
}
