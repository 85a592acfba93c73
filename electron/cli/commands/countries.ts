/** `cashflow countries`: the assignment's get_countries_transacted over an inclusive range. */
import { roundCents } from '../../../shared/money';
import { conversionLine, money, printJson, printLines, table } from './query-output';
import { defineQueryCommand, rows } from './query-command';

export const registerCountriesCommand = defineQueryCommand({
  name: 'countries',
  method: 'companyCountries',
  description: 'Countries a company transacted with over a range, with inflow, outflow and count.',
  options: [rows.company, rows.from, rows.to, rows.currency],
  print(result, json) {
    if (json) {
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
  },
});
