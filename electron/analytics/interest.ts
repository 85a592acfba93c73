/**
 * `get_accrued_interest` (docs/domain.md "Interest"): simple daily accrual on each account's end-of-day
 * balance over the inclusive range — a negative balance accrues debit interest, a positive one
 * credit interest, each `balance * rate / 365` per day, not compounded. Only days of the synced
 * span accrue (docs/domain.md "Balances"): a range reaching past the last synced day is cut there.
 */
import type { InterestResult } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { loadOpeningBalances } from '../db/queries/rates';
import { requireCompany } from './company-lookup';
import { loadConversion } from './conversion';
import { loadDailyBalances } from './daily-balances';
import { clampRange } from './synced-span';

export const defaultDebitRate = 0.03;
export const defaultCreditRate = 0.01;

export interface InterestQuery {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly currency: ReportingCurrency;
  readonly debitRate: number;
  readonly creditRate: number;
}

export function accruedInterest(db: ReadableDb, query: InterestQuery): InterestResult {
  const company = requireCompany(db, query.companyId);
  const range = clampRange(db, query.fromDay, query.toDay);
  const conversion = loadConversion(db, query.currency);
  const openings = loadOpeningBalances(db, query.currency, company.ibans);
  const daily = loadDailyBalances(db, conversion, company, openings, range.fromDay, range.toDay);
  let earned = 0;
  let owed = 0;
  for (const account of daily.accounts) {
    for (const balance of account.endOfDay) {
      if (balance < 0) owed += (-balance * query.debitRate) / 365;
      else earned += (balance * query.creditRate) / 365;
    }
  }
  return {
    companyId: company.companyId,
    from: isoFromDay(range.fromDay),
    to: isoFromDay(range.toDay),
    currency: query.currency,
    debitRate: query.debitRate,
    creditRate: query.creditRate,
    earned,
    owed,
    net: earned - owed,
    clampedFrom: range.clampedFrom,
    clampedTo: range.clampedTo,
    span: range.span,
    conversion: conversion.info,
  };
}
