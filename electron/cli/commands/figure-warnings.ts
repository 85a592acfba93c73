/**
 * What a query answer must tell its reader besides the figures, on stderr so that stdout stays
 * clean JSON or text: a range that was cut to the synced data (docs/domain.md "Balances"), and
 * rate readings that make converted figures doubtful (docs/domain.md "Money and currency").
 */
import type { RangeBounds } from '../../../shared/analytics';
import type { ConversionInfo } from '../../../shared/rates';
import { rateWarningLine } from '../../../shared/rate-text';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function figureWarnings(answer: unknown): string[] {
  if (!isRecord(answer)) return [];
  const lines: string[] = [];
  const bounds = answer as RangeBounds;
  const span = bounds.span;
  if (span !== undefined && span !== null) {
    if (typeof bounds.clampedFrom === 'string')
      lines.push(
        `asked from ${bounds.clampedFrom}, but the synced data starts on ${span.from}: figures start there`,
      );
    if (typeof bounds.clampedTo === 'string')
      lines.push(
        `asked up to ${bounds.clampedTo}, but the synced data ends on ${span.to}: figures stop there`,
      );
  }
  const conversion = answer['conversion'] as ConversionInfo | undefined;
  for (const warning of conversion?.warnings ?? []) {
    if (warning.kind !== 'row-ignored') lines.push(rateWarningLine(warning, conversion?.reporting ?? 'EUR'));
  }
  return lines.map((line) => `cashflow: warning: ${line}\n`);
}
