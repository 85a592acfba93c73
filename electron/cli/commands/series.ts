/** `cashflow series`: balance history of a company in day, week, month, quarter or year buckets. */
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines, table } from './query-output';
import { defineQueryCommand, rows } from './query-command';

const moneyFields = ['opening', 'closing', 'min', 'max', 'inflow', 'outflow', 'net'] as const;

function rounded<T extends Record<(typeof moneyFields)[number], number>>(value: T): T {
  const copy = { ...value };
  for (const field of moneyFields) copy[field] = roundCents(value[field]);
  return copy;
}

export const registerSeriesCommand = defineQueryCommand({
  name: 'series',
  method: 'companySeries',
  description: 'Opening, closing, lowest and highest balance and flows per bucket over a range.',
  options: [
    rows.company,
    rows.from,
    rows.to,
    {
      flag: '--granularity <day|week|month|quarter|year>',
      field: 'granularity',
      read: 'text',
      help: 'bucket size',
      fallback: 'month',
    },
    rows.currency,
  ],
  print(result, json) {
    if (json) {
      printJson({
        ...result,
        buckets: result.buckets.map(rounded),
        totals: { ...rounded(result.totals), peakDebt: roundCents(result.totals.peakDebt) },
      });
      return;
    }
    printLines([
      `Company ${result.companyId}, ${result.from} to ${result.to}, ${result.granularity}, ${result.currency}`,
      ...(result.conversion === undefined ? [] : [conversionLine(result.conversion)]),
      ...table(
        ['bucket', 'opening', 'closing', 'min', 'max', 'inflow', 'outflow', 'count'],
        result.buckets.map((b) => [
          b.label,
          money(b.opening),
          money(b.closing),
          money(b.min),
          money(b.max),
          money(b.inflow),
          money(b.outflow),
          String(b.count),
        ]),
      ),
      '',
      `days overdrawn ${result.totals.daysOverdrawn}   peak debt ${money(result.totals.peakDebt)}`,
    ]);
  },
});
