/**
 * End-of-day balances of each account of a company, and the company's daily flows, over an
 * inclusive day range, in the reporting currency. The common ground of series, interest and
 * forecast: one pass over the daily aggregates of the company's accounts. The daily flows are the
 * company's (docs/domain.md "Balances"): transfers between its own accounts are taken back out of
 * inflow, outflow and count and reported apart; account balances keep them, as they should.
 */
import type { ReadableDb } from '../db/connection';
import { accountCurrencies, convertedDailyFlows, hasFlowsIn, netBetween } from '../db/queries/flows';
import { ownTransfersByDay } from '../db/queries/own-transfers';
import { convertNets } from './account-balances';
import { conversionOn, earliestDay, periodsWithin, type Conversion } from './conversion';

export interface DailyBalances {
  readonly fromDay: number;
  readonly toDay: number;
  /** Per account: balance at the end of the day before `fromDay`, and at the end of each day. */
  readonly accounts: readonly {
    readonly iban: string;
    readonly opening: number;
    readonly endOfDay: Float64Array;
  }[];
  readonly inflow: Float64Array;
  readonly outflow: Float64Array;
  readonly count: Int32Array;
  readonly unconverted: ReadonlySet<string>;
  readonly internalCount: number;
  readonly internalVolume: number;
}

export function loadDailyBalances(
  db: ReadableDb,
  conversion: Conversion,
  company: { readonly companyId: number; readonly ibans: readonly string[] },
  openings: ReadonlyMap<string, number>,
  fromDay: number,
  toDay: number,
): DailyBalances {
  const days = toDay - fromDay + 1;
  const inflow = new Float64Array(days);
  const outflow = new Float64Array(days);
  const count = new Int32Array(days);
  const unconverted = new Set<string>();
  const accounts = company.ibans.map((iban) => {
    let opening = openings.get(iban) ?? 0;
    for (const period of periodsWithin(conversion, earliestDay, fromDay - 1))
      opening += convertNets(
        netBetween(db, iban, period.firstDay, period.lastDay),
        period.conversion,
        unconverted,
      );
    const net = new Float64Array(days);
    const currencies = accountCurrencies(db, iban);
    // One pass per rate period (one period unless rates apply per date).
    for (const period of periodsWithin(conversion, fromDay, toDay)) {
      const factors = new Map<string, number>();
      for (const currency of currencies) {
        const factor = period.conversion.factor(currency);
        if (factor !== null) factors.set(currency, factor);
        else if (hasFlowsIn(db, iban, currency, period.firstDay, period.lastDay)) unconverted.add(currency);
      }
      for (const row of convertedDailyFlows(db, iban, period.firstDay, period.lastDay, factors)) {
        const index = row.day - fromDay;
        net[index] = (net[index] ?? 0) + row.inflow - row.outflow;
        inflow[index] = (inflow[index] ?? 0) + row.inflow;
        outflow[index] = (outflow[index] ?? 0) + row.outflow;
        count[index] = (count[index] ?? 0) + row.count;
      }
    }
    const endOfDay = new Float64Array(days);
    let running = opening;
    for (let index = 0; index < days; index += 1) {
      running += net[index] ?? 0;
      endOfDay[index] = running;
    }
    return { iban, opening, endOfDay };
  });
  let internalCount = 0;
  let internalVolume = 0;
  for (const own of ownTransfersByDay(db, company.companyId, fromDay, toDay)) {
    const factor = conversionOn(conversion, own.day).factor(own.currency);
    const index = own.day - fromDay;
    // Both sides were counted, one as an account's inflow and one as another's outflow.
    count[index] = (count[index] ?? 0) - 2 * own.count;
    internalCount += own.count;
    if (factor === null) continue;
    // Same arithmetic as the SQL conversion of the aggregates, so a day of only own transfers nets to 0.
    const value = (own.cents * factor) / 100;
    inflow[index] = (inflow[index] ?? 0) - value;
    outflow[index] = (outflow[index] ?? 0) - value;
    internalVolume += value;
  }
  return { fromDay, toDay, accounts, inflow, outflow, count, unconverted, internalCount, internalVolume };
}

/** Company balance and debt at the end of day index `index` of the range. */
export function companyAt(balances: DailyBalances, index: number): { balance: number; debt: number } {
  let balance = 0;
  let debt = 0;
  for (const account of balances.accounts) {
    const value = account.endOfDay[index] ?? 0;
    balance += value;
    if (value < 0) debt -= value;
  }
  return { balance, debt };
}
