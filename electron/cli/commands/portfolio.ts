/** `cashflow portfolio`: every company with balance, debt, credit and 30-day net flow. */
import type { Command } from 'commander';
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines, table } from './query-output';
import { callService, numberOption, queryCommand, type QueryOptions } from './query-services';

interface PortfolioOptions extends QueryOptions {
  readonly filter?: string;
  readonly sort?: string;
  readonly order?: string;
  readonly limit?: string;
  readonly offset?: string;
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
  readonly currency?: string;
}

export function registerPortfolioCommand(program: Command): void {
  queryCommand(
    program
      .command('portfolio')
      .description('All companies with current balance, debt, credit and 30-day net flow.')
      .option('--filter <all|overdrawn-now|went-overdrawn>', 'which companies', 'all')
      .option('--sort <companyId|name|balance|debt|credit|netFlow30>', 'sort key', 'debt')
      .option('--order <asc|desc>', 'sort order', 'desc')
      .option('--limit <n>', 'rows to show', '50')
      .option('--offset <n>', 'rows to skip', '0')
      .option('--from <YYYY-MM-DD>', 'start of the "went overdrawn" range (default: 30 days before --to)')
      .option('--to <YYYY-MM-DD>', 'end of the "went overdrawn" range (default: the last synced day)')
      .option('--text <text>', 'part of the company name')
      .option('--currency <EUR|USD>', 'reporting currency (default: the setting, EUR)'),
  ).action(async (options: PortfolioOptions) => {
    const result = await callService(options, 'portfolio', {
      filter: options.filter,
      sort: options.sort,
      order: options.order,
      limit: numberOption(options.limit),
      offset: numberOption(options.offset),
      ...(options.from === undefined ? {} : { from: options.from }),
      ...(options.to === undefined ? {} : { to: options.to }),
      ...(options.text === undefined ? {} : { text: options.text }),
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    });
    if (options.json === true) {
      printJson({
        ...result,
        rows: result.rows.map((row) => ({
          ...row,
          balance: roundCents(row.balance),
          debt: roundCents(row.debt),
          credit: roundCents(row.credit),
          netFlow30: roundCents(row.netFlow30),
        })),
      });
      return;
    }
    printLines([
      `${result.total} companies (${result.overdrawnNowCount} overdrawn now), ${result.currency}, as of ${result.asOf ?? 'no data'}`,
      ...(result.conversion === undefined ? [] : [conversionLine(result.conversion)]),
      ...table(
        ['id', 'name', 'balance', 'debt', 'credit', 'net 30d', 'overdrawn', 'in range'],
        result.rows.map((r) => [
          String(r.companyId),
          r.name,
          money(r.balance),
          money(r.debt),
          money(r.credit),
          money(r.netFlow30),
          r.overdrawnNow ? 'now' : '',
          r.wentOverdrawn ? 'yes' : '',
        ]),
      ),
    ]);
  });
}
