/**
 * How the figures on screen were converted (docs/domain.md "Money and currency"): a one-line note
 * with the snapshot policy and the EUR↔USD rate, its full provenance in a tooltip, and a warning
 * banner, in context, when the rate reading makes figures doubtful.
 */
import {
  conversionTooltip,
  crossRateText,
  doubtfulRateWarnings,
  policyText,
  rateWarningLine,
} from '../../../shared/rate-text';
import type { ConversionInfo } from '../../../shared/rates';

export function ConversionNote({ info }: { readonly info: ConversionInfo | undefined }) {
  if (info === undefined) return null;
  return (
    <span className="conversion-note" title={conversionTooltip(info)} aria-label="How figures are converted">
      Rates: {policyText(info)} · {crossRateText(info)}
    </span>
  );
}

export function ConversionBanner({ info }: { readonly info: ConversionInfo | undefined }) {
  if (info === undefined) return null;
  const doubtful = doubtfulRateWarnings(info);
  if (doubtful.length === 0) return null;
  return (
    <div className="banner banner--warning" role="alert" aria-label="Exchange-rate warning">
      <strong>Converted figures may be wrong.</strong>
      <ul>
        {doubtful.map((warning) => (
          <li key={`${warning.kind}-${warning.currency}`}>{rateWarningLine(warning, info.reporting)}</li>
        ))}
      </ul>
      <span>Review the rate conventions and overrides in Settings.</span>
    </div>
  );
}
