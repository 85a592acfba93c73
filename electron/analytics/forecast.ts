/**
 * `predict_balance` (docs/domain.md "Forecast"): the company balance at a future day from its daily net
 * flows, with 80 % and 95 % intervals and the error the same model makes when back-tested on the
 * last part of the history. No forecast when the history is too short; the reason says why.
 */
import type { ForecastResult } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { flowSpan } from '../db/queries/flows';
import { loadOpeningBalances } from '../db/queries/rates';
import { lastTransactionDay } from '../db/queries/sync-facts';
import { requireCompany } from './company-lookup';
import { loadConversion } from './conversion';
import { companyAt, loadDailyBalances } from './daily-balances';
import { fitModel, predictBalance } from './forecast-model';

/** Eight weeks: enough to separate a weekday pattern from a trend. */
export const minimumHistoryDays = 56;
/** The model looks at the last two years; older behaviour says little about next month. */
const historyWindowDays = 730;

export interface ForecastQuery {
  readonly companyId: number;
  readonly targetDay: number;
  readonly currency: ReportingCurrency;
}

export function forecastBalance(db: ReadableDb, query: ForecastQuery): ForecastResult {
  const company = requireCompany(db, query.companyId);
  const base = { companyId: company.companyId, at: isoFromDay(query.targetDay), currency: query.currency };
  const lastDay = lastTransactionDay(db);
  let firstDay: number | null = null;
  for (const iban of company.ibans) {
    const span = flowSpan(db, iban);
    if (span !== null && (firstDay === null || span.first < firstDay)) firstDay = span.first;
  }
  if (lastDay === null || firstDay === null) {
    return { ...base, available: false, reason: 'The company has no valid transactions to learn from.' };
  }
  if (query.targetDay <= lastDay) {
    return {
      ...base,
      available: false,
      reason: `${isoFromDay(query.targetDay)} is not after the last synced day (${isoFromDay(lastDay)}); use the balance instead.`,
    };
  }
  const fromDay = Math.max(firstDay, lastDay - historyWindowDays + 1);
  const days = lastDay - fromDay + 1;
  if (days < minimumHistoryDays) {
    return {
      ...base,
      available: false,
      reason: `Only ${days} days of history; a forecast needs at least ${minimumHistoryDays}.`,
    };
  }
  const conversion = loadConversion(db, query.currency);
  const openings = loadOpeningBalances(db, query.currency, company.ibans);
  const daily = loadDailyBalances(db, conversion, company, openings, fromDay, lastDay);
  const balances = Array.from({ length: days }, (_, index) => companyAt(daily, index).balance);
  const opening = daily.accounts.reduce((sum, account) => sum + account.opening, 0);
  const net = balances.map(
    (balance, index) => balance - (index === 0 ? opening : (balances[index - 1] ?? 0)),
  );

  const model = fitModel(net, fromDay);
  if (model === null)
    return { ...base, available: false, reason: 'The history is too regular to fit a model.' };

  // Back-test: fit on all but the last part, forecast that part, compare with what happened.
  const holdout = Math.min(90, Math.floor(days / 4));
  const trainDays = days - holdout;
  const trained = fitModel(net.slice(0, trainDays), fromDay);
  let absoluteError = 0;
  let absoluteActual = 0;
  const trainEndBalance = balances[trainDays - 1] ?? opening;
  for (let index = trainDays; index < days && trained !== null; index += 1) {
    const predicted = predictBalance(
      trained,
      fromDay + trainDays - 1,
      trainEndBalance,
      fromDay + index,
    ).balance;
    const actual = balances[index] ?? 0;
    absoluteError += Math.abs(predicted - actual);
    absoluteActual += Math.abs(actual);
  }
  const lastBalance = balances[days - 1] ?? opening;
  const prediction = predictBalance(model, lastDay, lastBalance, query.targetDay);
  return {
    ...base,
    available: true,
    from: isoFromDay(lastDay),
    fromBalance: lastBalance,
    ...prediction,
    backtestMape: absoluteActual > 0 ? (absoluteError / absoluteActual) * 100 : 0,
    backtestDays: holdout,
    model: `linear trend + weekday effects on daily net flow, least squares over ${days} days`,
    components: { level: model.level, trend: model.trend, weekday: model.weekday },
    conversion: conversion.info,
  };
}
