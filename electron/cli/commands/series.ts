/** `cashflow series`: balance history of a company in day, week, month, quarter or year buckets. */
import type { Command } from 'commander';
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines, table } from './query-output';
import { callService, queryCommand, type QueryOptions } from './query-services';
import { integerOption } from '../output';

interface SeriesOptions extends QueryOptions {
  readonly company: string;
  readonly from: string;
  readonly to: string;
  readonly granularity: string;
  readonly currency?: string;
}

const moneyFields = ['opening', 'closing', 'min', 'max', 'inflow', 'outflow', 'net'] as const;

function rounded<T extends Record<(typeof moneyFields)[number], number>>(value: T): T {
  const copy = { ...value };
  for (const field of moneyFields) copy[field] = roundCents(value[field]);
  return copy;
}

export function registerSeriesCommand(program: Command): void {
  queryCommand(
    program
      .command('series')
      .description('Opening, closing, lowest and highest balance and flows per bucket over a range.')
      .requiredOption('--company <id>', 'company id')
      .requiredOption('--from <YYYY-MM-DD>', 'first day (inclusive)')
      .requiredOption('--to <YYYY-MM-DD>', 'last day (inclusive)')
      .option('--granularity <day|week|month|quarter|year>', 'bucket size', 'month')
      .option('--currency <EUR|USD>', 'reporting currency (default: the setting, EUR)'),
  ).action(async (options: SeriesOptions) => {
    const result = await callService(options, 'companySeries', {
      companyId: integerOption('company', options.company, 1),
      from: options.from,
      to: options.to,
      granularity: options.granularity,
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    });
    if (options.json === true) {
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
  });
}
