/** `cashflow forecast`: the assignment's predict_balance, with intervals and the back-test error. */
import { roundCents } from '../../../shared/money';
import { money, printJson, printLines } from './query-output';
import { defineQueryCommand, rows } from './query-command';

export const registerForecastCommand = defineQueryCommand({
  name: 'forecast',
  method: 'companyForecast',
  description: 'Forecast of a company balance at a day after the synced data, with 80 % and 95 % intervals.',
  options: [
    rows.company,
    { flag: '--at <YYYY-MM-DD>', field: 'at', read: 'text', help: 'the future day' },
    rows.currency,
  ],
  print(result, json) {
    const base = { companyId: result.companyId, at: result.at, currency: result.currency };
    if (!result.available) {
      if (json) printJson({ ...base, reason: result.reason });
      else printLines([`No forecast for company ${result.companyId} at ${result.at}: ${result.reason}`]);
      return;
    }
    if (json) {
      printJson({
        ...base,
        balance: roundCents(result.balance),
        low80: roundCents(result.low80),
        high80: roundCents(result.high80),
        low95: roundCents(result.low95),
        high95: roundCents(result.high95),
        backtestMape: roundCents(result.backtestMape),
        model: result.model,
        from: result.from,
        fromBalance: roundCents(result.fromBalance),
        conversion: result.conversion,
      });
      return;
    }
    printLines([
      `Company ${result.companyId} at ${result.at}, ${result.currency} (from ${money(result.fromBalance)} on ${result.from})`,
      `forecast ${money(result.balance)}`,
      `80 %: ${money(result.low80)} … ${money(result.high80)}`,
      `95 %: ${money(result.low95)} … ${money(result.high95)}`,
      `back-test error over the last ${result.backtestDays} days: ${result.backtestMape.toFixed(1)} %`,
      `model: ${result.model}`,
    ]);
  },
});
