/**
 * Reads of the daily aggregates. Every query is keyed by account first, so it is a range scan of
 * the aggregate's primary key (asserted by the query-plan tests).
 */
import type { ReadableDb } from '../connection';

/** Net cents per currency of one account on days strictly before `beforeDay`. */
export interface CurrencyNet {
  readonly currency: string;
  readonly netCents: number;
}

export function netBefore(db: ReadableDb, iban: string, beforeDay: number): CurrencyNet[] {
  return db
    .prepare(
      `SELECT currency, SUM(in_cents - out_cents) AS netCents FROM daily_flow
       WHERE iban = ? AND day < ? GROUP BY currency`,
    )
    .all(iban, beforeDay) as CurrencyNet[];
}

/** Net cents per currency of one account on days strictly after `afterDay`. */
export function netAfter(db: ReadableDb, iban: string, afterDay: number): CurrencyNet[] {
  return db
    .prepare(
      `SELECT currency, SUM(in_cents - out_cents) AS netCents FROM daily_flow
       WHERE iban = ? AND day > ? GROUP BY currency`,
    )
    .all(iban, afterDay) as CurrencyNet[];
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

/** Daily flows of one account with `fromDay <= day <= toDay`, by day. */
export function dailyFlows(db: ReadableDb, iban: string, fromDay: number, toDay: number): DailyFlowRow[] {
  return db
    .prepare(
      `SELECT day, currency, in_cents AS inCents, out_cents AS outCents, in_count AS inCount, out_count AS outCount
       FROM daily_flow WHERE iban = ? AND day BETWEEN ? AND ? ORDER BY day`,
    )
    .all(iban, fromDay, toDay) as DailyFlowRow[];
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
export function flowSpan(db: ReadableDb, iban: string): { readonly first: number; readonly last: number } | null {
  const row = db.prepare('SELECT min(day) AS first, max(day) AS last FROM daily_flow WHERE iban = ?').get(iban) as {
    first: number | null;
    last: number | null;
  };
  return row.first === null || row.last === null ? null : { first: row.first, last: row.last };
}
