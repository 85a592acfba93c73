/** `cashflow search`: companies by name, address, IBAN or id, best match first. */
import { roundCents } from '../../../shared/money';
import { money, printJson, printLines, table } from './query-output';
import { defineQueryCommand, rows } from './query-command';

export const registerSearchCommand = defineQueryCommand({
  name: 'search',
  method: 'searchCompanies',
  description: 'Find companies by name, address, IBAN (any spacing or case) or id; typos tolerated.',
  words: { name: 'query', help: 'what to look for', field: 'text' },
  options: [
    {
      flag: '--limit <n>',
      field: 'limit',
      read: 'number',
      help: 'at most this many hits (1–50)',
      fallback: '10',
    },
    rows.currency,
  ],
  print(hits, json) {
    if (json) {
      printJson(hits.map((hit) => ({ ...hit, balance: roundCents(hit.balance) })));
      return;
    }
    if (hits.length === 0) {
      printLines(['No company matches.']);
      return;
    }
    printLines(
      table(
        ['id', 'name', 'balance', 'debt', 'matched', 'ibans'],
        hits.map((h) => [
          String(h.companyId),
          h.name,
          money(h.balance),
          h.inDebt ? 'yes' : '',
          h.matched,
          h.ibans.join(' '),
        ]),
      ),
    );
  },
});
