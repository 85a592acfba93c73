/** `cashflow interest`: the assignment's get_accrued_interest over an inclusive range. */
import type { Command } from 'commander';
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines } from './query-output';
import { callService, numberOption, queryCommand, type QueryOptions } from './query-services';
import { integerOption } from '../output';

interface InterestOptions extends QueryOptions {
  readonly company: string;
  readonly from: string;
  readonly to: string;
  readonly currency?: string;
  readonly debitRate?: string;
  readonly creditRate?: string;
}

export function registerInterestCommand(program: Command): void {
  queryCommand(
    program
      .command('interest')
      .description('Interest accrued daily on end-of-day account balances over a range (simple, /365).')
      .requiredOption('--company <id>', 'company id')
      .requiredOption('--from <YYYY-MM-DD>', 'first day (inclusive)')
      .requiredOption('--to <YYYY-MM-DD>', 'last day (inclusive)')
      .option('--debit-rate <rate>', 'annual rate on negative balances, e.g. 0.03 (default: the setting)')
      .option('--credit-rate <rate>', 'annual rate on positive balances, e.g. 0.01 (default: the setting)')
      .option('--currency <EUR|USD>', 'reporting currency (default: the setting, EUR)'),
  ).action(async (options: InterestOptions) => {
    const debitRate = numberOption(options.debitRate);
    const creditRate = numberOption(options.creditRate);
    const result = await callService(options, 'companyInterest', {
      companyId: integerOption('company', options.company, 1),
      from: options.from,
      to: options.to,
      ...(options.currency === undefined ? {} : { currency: options.currency }),
      ...(debitRate === undefined ? {} : { debitRate }),
      ...(creditRate === undefined ? {} : { creditRate }),
    });
    if (options.json === true) {
      printJson({
        companyId: result.companyId,
        from: result.from,
        to: result.to,
        currency: result.currency,
        earned: roundCents(result.earned),
        owed: roundCents(result.owed),
        net: roundCents(result.net),
        clampedFrom: result.clampedFrom ?? null,
        clampedTo: result.clampedTo ?? null,
        span: result.span ?? null,
        conversion: result.conversion,
      });
      return;
    }
    printLines([
      `Company ${result.companyId}, ${result.from} to ${result.to}, ${result.currency} (debit ${result.debitRate}, credit ${result.creditRate} a year)`,
      `earned ${money(result.earned)}   owed ${money(result.owed)}   net ${money(result.net)}`,
      ...(result.conversion === undefined ? [] : [conversionLine(result.conversion)]),
    ]);
  });
}
