/**
 * What the UI asks while an analyst works, in the order and grouping the renderer's stores use
 * (renderer/src/store/): the home screen's portfolio, a search typed letter by letter, a company
 * selected (summary, then forecast, profile and span probe together, then the range's series,
 * countries, interest and summary together, counterparties and a transactions page), the range
 * widened to four years and the interval changed, the portfolio re-sorted and filtered, and the
 * data-quality view opened while the analyst keeps searching. Long reads are not awaited before
 * the next short ones, as the UI does not wait for them either.
 */
import assert from 'node:assert/strict';
import type { MethodName } from '../../shared/contract';
import { isoFromDay } from '../../shared/days';
import type { Result } from '../../shared/result';

export type Call = (name: MethodName, argument: unknown) => Promise<Result<unknown>>;

export interface SessionCompany {
  readonly companyId: number;
  readonly name: string;
}

export interface SessionTimes {
  /** Latency of each short read as the caller saw it, ms. */
  readonly short: number[];
  /** Latency of each long read (portfolio, quality), ms. */
  readonly long: number[];
}

/** Awaits one call, checks it answered, and records its latency. */
async function timed(samples: number[], call: Call, name: MethodName, argument: unknown): Promise<unknown> {
  const started = performance.now();
  const answer = await call(name, argument);
  samples.push(performance.now() - started);
  assert.ok(answer.ok, `${name} failed: ${answer.ok ? '' : answer.error.message}`);
  return answer.value;
}

export async function uiSession(
  call: Call,
  companies: readonly SessionCompany[],
  lastDay: number,
): Promise<SessionTimes> {
  const times: SessionTimes = { short: [], long: [] };
  const short = (name: MethodName, argument: unknown) => timed(times.short, call, name, argument);
  const long = (name: MethodName, argument: unknown) => timed(times.long, call, name, argument);
  const to = isoFromDay(lastDay);
  const yearAgo = isoFromDay(lastDay - 364);
  const fourYearsAgo = isoFromDay(lastDay - 4 * 365 + 1);

  const home = long('portfolio', undefined);
  let quality: Promise<unknown> | null = null;
  for (const [index, company] of companies.entries()) {
    // Typing the name: one search per letter, as the search box asks.
    for (let length = 1; length <= Math.min(company.name.length, 8); length += 1)
      await short('searchCompanies', { text: company.name.slice(0, length), limit: 10 });
    const { companyId } = company;
    await short('companySummary', { companyId });
    await Promise.all([
      short('companyForecast', { companyId, at: isoFromDay(lastDay + 90) }),
      short('searchCompanies', { text: String(companyId), limit: 1 }),
      short('companySeries', { companyId, from: '2000-01-01', to, granularity: 'month' }),
    ]);
    for (const [from, granularity] of [
      [yearAgo, 'day'],
      [fourYearsAgo, 'day'],
      [fourYearsAgo, 'month'],
    ] as const) {
      const days = { companyId, from, to };
      await Promise.all([
        short('companySeries', { ...days, granularity }),
        short('companyCountries', days),
        short('companyInterest', days),
        short('companySummary', { companyId, at: to }),
        short('companyCounterparties', { ...days, limit: 10 }),
        short('companyTransactions', { ...days, limit: 50 }),
      ]);
    }
    // Half-way through, the analyst opens the data-quality view and goes on working meanwhile.
    if (index === Math.floor(companies.length / 2)) quality = long('qualityReport', undefined);
  }
  await home;
  await long('portfolio', { sort: 'name', order: 'asc' });
  await long('portfolio', { filter: 'overdrawn-now', sort: 'debt' });
  await quality;
  return times;
}
