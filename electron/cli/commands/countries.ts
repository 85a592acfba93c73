/** `cashflow countries`: the assignment's get_countries_transacted over an inclusive range. */
import type { Command } from 'commander';
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines, table } from './query-output';
import { callService, queryCommand, type QueryOptions } from './query-services';
import { integerOption } from '../output';

interface CountriesOptions extends QueryOptions {
  readonly company: string;
  readonly from: string;
  readonly to: string;
  readonly currency?: string;
}

export function registerCountriesCommand(program: Command): void {
  queryCommand(
    program
      .command('countries')
      .description('Countries a company transacted with over a range, with inflow, outflow and count.')
      .requiredOption('--company <id>', 'company id')
      .requiredOption('--from <YYYY-MM-DD>', 'first day (inclusive)')
      .requiredOption('--to <YYYY-MM-DD>', 'last day (inclusive)')
      .option('--currency <EUR|USD>', 'reporting currency (default: the setting, EUR)'),
  ).action(async (options: CountriesOptions) => {
    const result = await callService(options, 'companyCountries', {
      companyId: integerOption('company', options.company, 1),
      from: options.from,
      to: options.to,
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    });
    if (options.json === true) {
      printJson({
        companyId: result.companyId,
        from: result.from,
        to: result.to,
        currency: result.currency,
        countries: result.countries.map((c) => ({
          country: c.country,
          name: c.name,
          inflow: roundCents(c.inflow),
          outflow: roundCents(c.outflow),
          count: c.count,
        })),
        internalTransfers:
          result.internalTransfers === undefined
            ? null
            : { count: result.internalTransfers.count, volume: roundCents(result.internalTransfers.volume) },
        clampedFrom: result.clampedFrom ?? null,
        clampedTo: result.clampedTo ?? null,
        span: result.span ?? null,
        conversion: result.conversion,
      });
      return;
    }
    printLines([
      `Company ${result.companyId}, ${result.from} to ${result.to}, ${result.currency}`,
      ...(result.conversion === undefined ? [] : [conversionLine(result.conversion)]),
      ...table(
        ['country', 'name', 'inflow', 'outflow', 'count', 'share'],
        result.countries.map((c) => [
          c.country,
          c.name,
          money(c.inflow),
          money(c.outflow),
          String(c.count),
          `${(c.share * 100).toFixed(1)}%`,
        ]),
      ),
      ...(result.internalTransfers === undefined || result.internalTransfers.count === 0
        ? []
        : [
            '',
            `internal transfers between own accounts (left out above): ${result.internalTransfers.count}, ${money(result.internalTransfers.volume)}`,
          ]),
    ]);
  });
}
