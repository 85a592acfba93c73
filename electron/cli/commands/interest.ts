/** `cashflow interest`: the assignment's get_accrued_interest over an inclusive range. */
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines } from './query-output';
import { defineQueryCommand, rows } from './query-command';

export const registerInterestCommand = defineQueryCommand({
  name: 'interest',
  method: 'companyInterest',
  description: 'Interest accrued daily on end-of-day account balances over a range (simple, /365).',
  options: [
    rows.company,
    rows.from,
    rows.to,
    {
      flag: '--debit-rate <rate>',
      field: 'debitRate',
      read: 'number',
      help: 'annual rate on negative balances, e.g. 0.03 (default: the setting)',
    },
    {
      flag: '--credit-rate <rate>',
      field: 'creditRate',
      read: 'number',
      help: 'annual rate on positive balances, e.g. 0.01 (default: the setting)',
    },
    rows.currency,
  ],
  print(result, json) {
    if (json) {
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
  },
});
