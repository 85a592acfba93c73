/** `cashflow balance`: the assignment's get_account_balance — balance, debt, credit and accounts at a day. */
import type { Command } from 'commander';
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines, table } from './query-output';
import { callService, queryCommand, type QueryOptions } from './query-services';
import { integerOption } from '../output';

interface BalanceOptions extends QueryOptions {
  readonly company: string;
  readonly at?: string;
  readonly currency?: string;
}

export function registerBalanceCommand(program: Command): void {
  queryCommand(
    program
      .command('balance')
      .description('Balance, debt, credit and per-account balances of a company at the end of a day.')
      .requiredOption('--company <id>', 'company id')
      .option('--at <YYYY-MM-DD>', 'the day (default: the last synced day)')
      .option('--currency <EUR|USD>', 'reporting currency (default: the setting, EUR)'),
  ).action(async (options: BalanceOptions) => {
    const result = await callService(options, 'companySummary', {
      companyId: integerOption('company', options.company, 1),
      ...(options.at === undefined ? {} : { at: options.at }),
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    });
    if (options.json === true) {
      printJson({
        companyId: result.companyId,
        at: result.at,
        currency: result.currency,
        balance: roundCents(result.balance),
        debt: roundCents(result.debt),
        credit: roundCents(result.credit),
        accounts: result.accounts.map((account) => ({
          iban: account.iban,
          balance: roundCents(account.balance),
        })),
        reportedBalance: result.reportedBalance === null ? null : roundCents(result.reportedBalance),
        reportedAsOf: result.reportedAsOf ?? null,
        clampedTo: result.clampedTo ?? null,
        span: result.span ?? null,
        conversion: result.conversion,
      });
      return;
    }
    const lines = [
      `${result.name} (${result.companyId}) at the end of ${result.at}, ${result.currency}`,
      `balance ${money(result.balance)}   debt ${money(result.debt)}   credit ${money(result.credit)}`,
    ];
    if (result.reportedDifference !== null && result.reportedBalance !== null) {
      lines.push(
        `reported by the bank ${money(result.reportedBalance)} (as of the sync${result.reportedAsOf == null ? '' : ` on ${result.reportedAsOf}`})   difference ${money(result.reportedDifference)}`,
      );
    }
    if (result.conversion !== undefined) lines.push(conversionLine(result.conversion));
    if (result.unconvertedCurrencies.length > 0)
      lines.push(`left out (no rate): ${result.unconvertedCurrencies.join(', ')}`);
    printLines([
      ...lines,
      '',
      ...table(
        ['account', 'balance'],
        result.accounts.map((a) => [a.iban, money(a.balance)]),
      ),
    ]);
  });
}
