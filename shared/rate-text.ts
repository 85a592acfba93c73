/**
 * Sentences about how rates were read, shared by the CLI and the renderer so both say the same
 * thing: the convention of each column, the EUR↔USD rate, and each warning.
 */
import type { ReportingCurrency } from './domain';
import type { ColumnReading, ConversionInfo, RateReadingWarning, RateUsed } from './rates';

function columnText(name: string, unit: string, reading: ColumnReading): string {
  const how = reading.convention === 'multiply' ? `${unit} per unit` : `units per ${unit}`;
  return `${name} read as ${how} (${reading.inferred ? 'inferred from the table' : 'set by the analyst'})`;
}

export function conventionsText(info: ConversionInfo): string {
  return `${columnText('eur_rate', 'EUR', info.conventions.eurRate)}; ${columnText('usd_rate', 'USD', info.conventions.usdRate)}`;
}

export function crossRateText(info: ConversionInfo): string {
  if (info.eurPerUsd === null) return 'no EUR↔USD rate';
  const where =
    info.crossSource === 'override'
      ? 'set by the analyst'
      : info.crossSource === 'row'
        ? 'from the EUR/USD rows'
        : `median of ${info.crossRows} rows' cross rates`;
  return `1 USD = ${info.eurPerUsd.toFixed(4)} EUR (${where})`;
}

export function policyText(info: ConversionInfo): string {
  const asOf = info.asOf === null ? 'date unknown' : `as of ${info.asOf}`;
  return info.policy === 'current'
    ? `current rates (${asOf}) for every date`
    : `rates in force on each transaction's day (${info.snapshots.length} snapshot${info.snapshots.length === 1 ? '' : 's'})`;
}

export function rateUsedText(rate: RateUsed, reporting: ReportingCurrency): string {
  const factor = `1 ${rate.currency} = ${rate.factor.toPrecision(6)} ${reporting}`;
  if (rate.source === 'table')
    return `${factor} (table ${rate.tableValue ?? ''}, ${rate.convention === 'divide' ? 'divided' : 'multiplied'})`;
  return `${factor} (${rate.source})`;
}

export function rateWarningLine(warning: RateReadingWarning, reporting: ReportingCurrency): string {
  switch (warning.kind) {
    case 'row-ignored':
      return warning.reason === 'identity-not-one'
        ? `the ${warning.currency} row of the rate table contradicts identity and is ignored`
        : `the ${warning.currency} row of the rate table contradicts the other rows' cross rate and is ignored`;
    case 'implausible':
      return `${warning.currency} converts at ${warning.factor.toPrecision(4)} but the other column and the EUR↔USD rate imply ${warning.expected.toPrecision(4)} (${Math.round(warning.deviation * 100)} % apart): check the rate conventions in settings`;
    case 'unit-value':
      return `1 ${warning.currency} would be worth ${warning.factor.toPrecision(4)} ${reporting === 'EUR' ? 'EUR or USD' : 'USD or EUR'}, more than any currency unit: check the rate conventions in settings`;
  }
}

/** The full provenance of converted figures, one fact a line, for a tooltip. */
export function conversionTooltip(info: ConversionInfo): string {
  return [
    `Converted into ${info.reporting}: ${policyText(info)}`,
    conventionsText(info),
    crossRateText(info),
    ...info.rates.filter((r) => r.source !== 'identity').map((r) => rateUsedText(r, info.reporting)),
  ].join('\n');
}

/** Warnings that make converted figures doubtful enough to say so beside them. */
export function doubtfulRateWarnings(info: ConversionInfo): RateReadingWarning[] {
  return info.warnings.filter((w) => w.kind === 'implausible' || w.kind === 'unit-value');
}
