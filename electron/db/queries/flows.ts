/**
 * Reads of the daily aggregates. Every query is keyed by account first, so it is a range scan of
 * the aggregate's primary key (asserted by the query-plan tests). The daily rows are kept per
 * counterparty country (`daily_flow` is a view summing them, migration 0150); these queries read
 * `daily_country_flow` and sum per day and currency themselves, one sort of the account's range,
 * where the view would add a second pass over its output.
 */
import type { ReadableDb } from '../connection';
import { splitByMonths } from '../month-of-day';

/**
 * Flow rows over a day range (null: open), read as the monthly roll-up for whole months and the
 * daily rows per country for the partial months at the ends; every figure summed over the union
 * equals the sum over the daily rows alone, because each monthly row is the sum of its days. Callers
 * sum, so the country rows are read as they are, without the `daily_flow` view's grouping.
 */
function rangeRows(columns: string): string {
  return `SELECT ${columns} FROM monthly_flow WHERE iban = ? AND month BETWEEN ? AND ?
    UNION ALL SELECT ${columns} FROM daily_country_flow WHERE iban = ? AND day BETWEEN ? AND ?
    UNION ALL SELECT ${columns} FROM daily_country_flow WHERE iban = ? AND day BETWEEN ? AND ?`;
}

function rangeParameters(iban: string, from: number | null, to: number | null): (string | number)[] {
  const { months, head, tail } = splitByMonths(from, to);
  return [iban, ...months, iban, ...head, iban, ...tail];
}

const netRows = rangeRows('currency, in_cents - out_cents AS net');

function netPerCurrency(db: ReadableDb, iban: string, from: number | null, to: number | null): CurrencyNet[] {
  return db
    .prepare(`SELECT currency, SUM(net) AS netCents FROM (${netRows}) GROUP BY currency`)
    .all(...rangeParameters(iban, from, to)) as CurrencyNet[];
}

/** Net cents per currency of one account on days strictly before `beforeDay`. */
export interface CurrencyNet {
  readonly currency: string;
  readonly netCents: number;
}

export function netBefore(db: ReadableDb, iban: string, beforeDay: number): CurrencyNet[] {
  return netPerCurrency(db, iban, null, beforeDay - 1);
}

/** Net cents per currency of one account on days strictly after `afterDay`. */
export function netAfter(db: ReadableDb, iban: string, afterDay: number): CurrencyNet[] {
  return netPerCurrency(db, iban, afterDay + 1, null);
}

/** Net cents per currency of one account over all synced data (running totals). */
export function netTotal(db: ReadableDb, iban: string): CurrencyNet[] {
  return db
    .prepare('SELECT currency, in_cents - out_cents AS netCents FROM account_total WHERE iban = ?')
    .all(iban) as CurrencyNet[];
}

export interface DailyFlowRow {
  readonly day: number;
  readonly currency: string;
  readonly inCents: number;
  readonly outCents: number;
  readonly inCount: number;
  readonly outCount: number;
}

const perDayAndCurrency = `SUM(in_cents) AS inCents, SUM(out_cents) AS outCents, SUM(in_count) AS inCount,
  SUM(out_count) AS outCount`;

/** Daily flows of one account with `fromDay <= day <= toDay`, by day and currency. */
export function dailyFlows(db: ReadableDb, iban: string, fromDay: number, toDay: number): DailyFlowRow[] {
  return db
    .prepare(
      `SELECT day, currency, ${perDayAndCurrency}
       FROM daily_country_flow WHERE iban = ? AND day BETWEEN ? AND ? GROUP BY day, currency ORDER BY day, currency`,
    )
    .all(iban, fromDay, toDay) as DailyFlowRow[];
}

/**
 * A reader of one account's daily net cents per currency over a day range, by day and currency,
 * prepared once for a pass over many accounts.
 */
export function dailyNetReader(
  db: ReadableDb,
): (iban: string, fromDay: number, toDay: number) => [number, string, number][] {
  const statement = db
    .prepare(
      `SELECT day, currency, SUM(in_cents) - SUM(out_cents) FROM daily_country_flow
       WHERE iban = ? AND day BETWEEN ? AND ? GROUP BY day, currency ORDER BY day, currency`,
    )
    .raw();
  return (iban, fromDay, toDay) => statement.all(iban, fromDay, toDay) as [number, string, number][];
}

export interface CountryFlowRow {
  readonly country: string;
  readonly currency: string;
  readonly inCents: number;
  readonly outCents: number;
  readonly inCount: number;
  readonly outCount: number;
}

/** Flows of one account per counterparty country and currency over an inclusive day range. */
export function countryFlows(db: ReadableDb, iban: string, fromDay: number, toDay: number): CountryFlowRow[] {
  return db
    .prepare(
      `SELECT country, currency, SUM(in_cents) AS inCents, SUM(out_cents) AS outCents,
         SUM(in_count) AS inCount, SUM(out_count) AS outCount
       FROM daily_country_flow WHERE iban = ? AND day BETWEEN ? AND ? GROUP BY country, currency`,
    )
    .all(iban, fromDay, toDay) as CountryFlowRow[];
}

/** First and last day with any flow of the given accounts, or null. */
export function flowSpan(
  db: ReadableDb,
  iban: string,
): { readonly first: number; readonly last: number } | null {
  const row = db
    .prepare('SELECT min(day) AS first, max(day) AS last FROM daily_country_flow WHERE iban = ?')
    .get(iban) as {
    first: number | null;
    last: number | null;
  };
  return row.first === null || row.last === null ? null : { first: row.first, last: row.last };
}

/** The currencies an account has ever moved money in (its running totals). */
export function accountCurrencies(db: ReadableDb, iban: string): string[] {
  return db.prepare('SELECT currency FROM account_total WHERE iban = ?').pluck().all(iban) as string[];
}

/** Whether an account moved money in `currency` within an inclusive day range. */
export function hasFlowsIn(
  db: ReadableDb,
  iban: string,
  currency: string,
  fromDay: number,
  toDay: number,
): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM daily_country_flow WHERE iban = ? AND day BETWEEN ? AND ? AND currency = ? LIMIT 1',
      )
      .get(iban, fromDay, toDay, currency) !== undefined
  );
}

export interface ConvertedDayRow {
  readonly day: number;
  readonly inflow: number;
  readonly outflow: number;
  readonly count: number;
}

/** A day's cents in one currency, summed over the day's country rows. */
interface CurrencyDay {
  currency: string;
  inCents: number;
  outCents: number;
  count: number;
}

/**
 * Daily inflow, outflow and count of one account over an inclusive range, converted with one
 * factor per currency and summed per day. The country rows come in primary-key order (by day) and
 * are summed here: each currency's cents of a day exactly, then converted with one multiplication,
 * as when the rows were kept per day and currency, so an own transfer withdrawn later with the same
 * arithmetic nets to exactly 0 (daily-balances.ts). No rows are sorted, and the cost does not grow
 * with the account's currencies. Currencies without a factor contribute nothing.
 */
export function convertedDailyFlows(
  db: ReadableDb,
  iban: string,
  fromDay: number,
  toDay: number,
  factors: ReadonlyMap<string, number>,
): ConvertedDayRow[] {
  const rows = db
    .prepare(
      `SELECT day, currency, in_cents, out_cents, in_count + out_count FROM daily_country_flow
       WHERE iban = ? AND day BETWEEN ? AND ? ORDER BY day`,
    )
    .raw()
    .all(iban, fromDay, toDay) as [number, string, number, number, number][];
  const days: ConvertedDayRow[] = [];
  let day = Number.NaN;
  let currencies: CurrencyDay[] = [];
  const close = () => {
    let inflow = 0;
    let outflow = 0;
    let count = 0;
    for (const sum of currencies) {
      const factor = factors.get(sum.currency);
      if (factor === undefined) continue;
      inflow += sum.inCents * factor;
      outflow += sum.outCents * factor;
      count += sum.count;
    }
    days.push({ day, inflow: inflow / 100, outflow: outflow / 100, count });
    currencies = [];
  };
  for (const [rowDay, currency, inCents, outCents, count] of rows) {
    if (rowDay !== day) {
      if (currencies.length > 0) close();
      day = rowDay;
    }
    const sum = currencies.find((entry) => entry.currency === currency);
    if (sum === undefined) currencies.push({ currency, inCents, outCents, count });
    else {
      sum.inCents += inCents;
      sum.outCents += outCents;
      sum.count += count;
    }
  }
  if (currencies.length > 0) close();
  return days;
}

/** Net cents per currency of one account with `fromDay <= day <= toDay` (a rate period's share). */
export function netBetween(db: ReadableDb, iban: string, fromDay: number, toDay: number): CurrencyNet[] {
  return netPerCurrency(db, iban, fromDay, toDay);
}
