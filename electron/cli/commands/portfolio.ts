/** `cashflow portfolio`: every company with balance, debt, credit and 30-day net flow. */
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines, table } from './query-output';
import { defineQueryCommand, rows } from './query-command';

export const registerPortfolioCommand = defineQueryCommand({
  name: 'portfolio',
  method: 'portfolio',
  description: 'All companies with current balance, debt, credit and 30-day net flow.',
  options: [
    {
      flag: '--filter <all|overdrawn-now|went-overdrawn>',
      field: 'filter',
      read: 'text',
      help: 'which companies',
      fallback: 'all',
    },
    {
      flag: '--sort <companyId|name|balance|debt|credit|netFlow30>',
      field: 'sort',
      read: 'text',
      help: 'sort key',
      fallback: 'debt',
    },
    { flag: '--order <asc|desc>', field: 'order', read: 'text', help: 'sort order', fallback: 'desc' },
    { flag: '--limit <n>', field: 'limit', read: 'number', help: 'rows to show', fallback: '50' },
    { flag: '--offset <n>', field: 'offset', read: 'number', help: 'rows to skip', fallback: '0' },
    {
      flag: '--from <YYYY-MM-DD>',
      field: 'from',
      read: 'text',
      help: 'start of the "went overdrawn" range (default: 30 days before --to)',
    },
    {
      flag: '--to <YYYY-MM-DD>',
      field: 'to',
      read: 'text',
      help: 'end of the "went overdrawn" range (default: the last synced day)',
    },
    { flag: '--text <text>', field: 'text', read: 'text', help: 'part of the company name' },
    rows.currency,
  ],
  print(result, json) {
    if (json) {
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
  },
});
