/** `cashflow balance`: the assignment's get_account_balance — balance, debt, credit and accounts at a day. */
import { roundCents } from '../../../shared/money';
import { defineQueryCommand, rows } from './query-command';
import { conversionLine, money, printJson, printLines, table } from './query-output';

export const registerBalanceCommand = defineQueryCommand({
  name: 'balance',
  method: 'companySummary',
  description: 'Balance, debt, credit and per-account balances of a company at the end of a day.',
  options: [
    rows.company,
    { flag: '--at <YYYY-MM-DD>', field: 'at', read: 'text', help: 'the day (default: the last synced day)' },
    rows.currency,
  ],
  print(result, json) {
    if (json) {
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
  },
});
