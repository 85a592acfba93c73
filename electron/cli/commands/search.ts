/** `cashflow search`: companies by name, address, IBAN or id, best match first. */
import type { Command } from 'commander';
import { roundCents } from '../../../shared/money';
import { money, printJson, printLines, table } from './query-output';
import { callService, numberOption, queryCommand, type QueryOptions } from './query-services';

interface SearchOptions extends QueryOptions {
  readonly limit?: string;
  readonly currency?: string;
}

export function registerSearchCommand(program: Command): void {
  queryCommand(
    program
      .command('search')
      .description('Find companies by name, address, IBAN (any spacing or case) or id; typos tolerated.')
      .argument('<query...>', 'what to look for')
      .option('--limit <n>', 'at most this many hits (1–50)', '10')
      .option('--currency <EUR|USD>', 'reporting currency (default: the setting, EUR)'),
  ).action(async (words: string[], options: SearchOptions) => {
    const hits = await callService(options, 'searchCompanies', {
      text: words.join(' '),
      limit: numberOption(options.limit),
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    });
    if (options.json === true) {
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
  });
}
