/**
 * The portfolio's figures per company: current balance, debt and credit (from the running totals),
 * the net flow over the 30 days ending at the last synced day, and whether any account ended a day
 * of the chosen range overdrawn. Balances inside the range are found backwards from the current
 * balance, so only the flows after the range's start are read. Totals and flows come from the
 * packed figures the writer keeps (migration 0130) when they cover the range, else from the
 * aggregates one account at a time: the computation from scratch, which tests compare them with.
 * Both paths do the same arithmetic in the same order, so their figures are identical.
 */
import type { PortfolioRow } from '../../shared/portfolio';
import type { ReadableDb } from '../db/connection';
import { listCompanies } from '../db/queries/companies';
import { allAccountNetsBetween } from '../db/queries/portfolio';
import { keptRecentFlows } from '../db/queries/recent-flows';
import { keptFlows, liveFlows, type AccountFlows } from './account-flows';
import { summarizeBalances } from './account-balances';
import { conversionOn, type Conversion } from './conversion';
import type { ComputedPortfolio } from './portfolio-sparklines';

/** The window of the net-flow column. */
export const netFlowDays = 30;

/** Where the flows after the range's start come from: the kept figures when they cover it, or scratch. */
export type FlowSource = 'kept' | 'scratch';

interface AccountFacts {
  readonly current: number;
  readonly netFlow: number;
  readonly minInRange: number;
}

interface Window {
  readonly lastDay: number;
  readonly fromDay: number;
  readonly toDay: number;
}

/** The factor per currency of a packed account's list, found once per distinct list. */
type ListFactors = (currencies: readonly string[]) => readonly (number | null)[];

function listFactors(conversion: Conversion): ListFactors {
  const seen = new Map<readonly string[], readonly (number | null)[]>();
  return (currencies) => {
    let found = seen.get(currencies);
    if (found === undefined) {
      found = currencies.map((currency) => conversion.factor(currency));
      seen.set(currencies, found);
    }
    return found;
  };
}

/** Adds a converted flow to its day's net; days arrive in order. */
function addDayNet(days: number[], nets: number[], day: number, value: number): void {
  const last = days.length - 1;
  if (last >= 0 && days[last] === day) nets[last] = (nets[last] ?? 0) + value;
  else {
    days.push(day);
    nets.push(0 + value);
  }
}

/** Current balance, net flow of the window, and lowest end-of-day balance in `fromDay..toDay`. */
function accountFacts(
  flows: AccountFlows,
  conversionAt: (day: number) => Conversion,
  single: ListFactors | null,
  iban: string,
  current: number,
  window: Window,
): AccountFacts {
  const { lastDay, fromDay } = window;
  const first = Math.min(lastDay - netFlowDays + 1, fromDay);
  // The converted net of each flow day, in day order (both sources hand days over in order).
  const days: number[] = [];
  const nets: number[] = [];
  const packed = single === null ? undefined : flows.packed(iban);
  if (packed === null) return factsOfDays(days, nets, current, window);
  if (packed !== undefined && single !== null) {
    // One rate for all days: a loop over the packed values, with the list's factors.
    const factors = single(packed.currencies);
    const values = packed.flows;
    for (let at = 0; at < values.length; at += 3) {
      const day = values[at] ?? 0;
      if (day < first) continue;
      if (day > lastDay) break;
      const factor = factors[values[at + 1] ?? 0] ?? null;
      if (factor !== null) addDayNet(days, nets, day, ((values[at + 2] ?? 0) / 100) * factor);
    }
    return factsOfDays(days, nets, current, window);
  }
  flows.each(iban, first, lastDay, (day, currency, netCents) => {
    const factor = conversionAt(day).factor(currency);
    if (factor !== null) addDayNet(days, nets, day, (netCents / 100) * factor);
  });
  return factsOfDays(days, nets, current, window);
}

function factsOfDays(
  days: readonly number[],
  nets: readonly number[],
  current: number,
  { lastDay, fromDay, toDay }: Window,
): AccountFacts {
  const windowStart = lastDay - netFlowDays + 1;
  let netFlow = 0;
  days.forEach((day, index) => {
    if (day >= windowStart) netFlow += nets[index] ?? 0;
  });
  // Walk back from today: the balance at the end of day d is the current one minus later flows. It
  // only changes at flow days, so the range's lowest is at `fromDay` or at a flow day inside it.
  let later = 0;
  let minInRange = Infinity;
  for (let index = days.length - 1; index >= 0; index -= 1) {
    const day = days[index] ?? 0;
    if (day <= fromDay) break;
    if (day <= toDay) minInRange = Math.min(minInRange, current - later);
    later += nets[index] ?? 0;
  }
  minInRange = Math.min(minInRange, current - later);
  return { current, netFlow, minInRange };
}

/**
 * Current balance per account from its running totals; split by rate period (from the daily
 * aggregates) when rates are applied per date.
 */
function currentBalances(
  db: ReadableDb,
  conversion: Conversion,
  flows: AccountFlows,
  ibans: readonly string[],
): Map<string, number> {
  const currents = new Map<string, number>();
  if (conversion.periods.length === 1) {
    const single = listFactors(conversion);
    for (const iban of ibans) {
      let total: number | undefined;
      const packed = flows.packed(iban);
      if (packed === null) continue;
      if (packed !== undefined) {
        // Kept: the same sum over the packed totals, with the list's factors.
        const factors = single(packed.currencies);
        packed.totals.forEach((netCents, index) => {
          const factor = factors[index] ?? null;
          if (factor !== null) total = (total ?? 0) + (netCents / 100) * factor;
        });
        if (total !== undefined) currents.set(iban, total);
        continue;
      }
      flows.eachTotal(iban, (currency, netCents) => {
        const value = conversion.convertCents(netCents, currency);
        if (value !== null) total = (total ?? 0) + value;
      });
      if (total !== undefined) currents.set(iban, total);
    }
    return currents;
  }
  for (const p of conversion.periods) {
    for (const [iban, currency, netCents] of allAccountNetsBetween(db, p.firstDay, p.lastDay)) {
      const value = p.conversion.convertCents(netCents, currency);
      if (value !== null) currents.set(iban, (currents.get(iban) ?? 0) + value);
    }
  }
  return currents;
}

/** The conversion in force per day, looked up once per day seen. */
function conversionPerDay(conversion: Conversion): (day: number) => Conversion {
  const seen = new Map<number, Conversion>();
  return (day) => {
    let found = seen.get(day);
    if (found === undefined) {
      found = conversionOn(conversion, day);
      seen.set(day, found);
    }
    return found;
  };
}

interface ChosenFlows {
  readonly flows: AccountFlows;
  /** The first day the flows hold. */
  readonly from: number;
}

/** The flows to read: the kept ones when they hold every day from `firstDay` on. */
function chooseFlows(db: ReadableDb, source: FlowSource, firstDay: number | null): ChosenFlows {
  const live = { flows: liveFlows(db), from: -Infinity };
  if (source === 'scratch' || firstDay === null) return live;
  const kept = keptRecentFlows(db);
  return kept !== null && kept.cutoff <= firstDay ? { flows: keptFlows(db, kept), from: kept.cutoff } : live;
}

export function computeRows(
  db: ReadableDb,
  conversion: Conversion,
  openings: ReadonlyMap<string, number>,
  lastDay: number | null,
  fromDay: number,
  toDay: number,
  source: FlowSource,
): ComputedPortfolio {
  // One read transaction: the kept rows, their stale marks and the totals are of one commit.
  return db.transaction(() => {
    const companies = listCompanies(db);
    const chosen = chooseFlows(
      db,
      source,
      lastDay === null ? null : Math.min(lastDay - netFlowDays + 1, fromDay),
    );
    const flows = chosen.flows;
    const currents = currentBalances(
      db,
      conversion,
      flows,
      companies.flatMap((company) => company.ibans),
    );
    const conversionAt = conversionPerDay(conversion);
    const single = conversion.periods.length === 1 ? listFactors(conversion) : null;
    const all: PortfolioRow[] = [];
    const balances = new Map<string, number>();
    const ibans = new Map<number, readonly string[]>();
    for (const company of companies) {
      ibans.set(company.companyId, company.ibans);
      const facts = company.ibans.map((iban) => {
        const current = (openings.get(iban) ?? 0) + (currents.get(iban) ?? 0);
        balances.set(iban, current);
        return lastDay === null
          ? { current, netFlow: 0, minInRange: current }
          : accountFacts(flows, conversionAt, single, iban, current, { lastDay, fromDay, toDay });
      });
      const summary = summarizeBalances(facts.map((f) => f.current));
      all.push({
        companyId: company.companyId,
        name: company.name,
        ...summary,
        netFlow30: facts.reduce((sum, f) => sum + f.netFlow, 0),
        overdrawnNow: summary.debt > 0,
        wentOverdrawn: facts.some((f) => f.minInRange < 0),
      });
    }
    return { rows: all, balances, ibans, flows, flowsFrom: chosen.from };
  })();
}
