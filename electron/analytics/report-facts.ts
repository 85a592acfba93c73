/**
 * What a report states about its data besides the figures: where the data came from and when it
 * was synced, and the exchange rates the figures were converted with (the table as received, the
 * analyst's overrides, and the factor each currency was converted with in the report's currency).
 */
import type { ReportingCurrency } from '../../shared/domain';
import type { ReadableDb } from '../db/connection';
import { loadRates } from '../db/queries/rates';
import { lastFinishedSync } from '../db/queries/report-facts';
import { movementsPerCurrency } from '../db/queries/quality';
import { loadAllRateOverrides } from '../db/queries/settings';
import { listSources } from '../db/queries/sources';
import type { RateWarning } from '../../shared/quality';
import { loadConversion } from './conversion';
import { rateWarnings } from './rate-warnings';

export interface DataProvenance {
  readonly sources: readonly { readonly url: string; readonly dialect: string }[];
  /** When the latest sync finished, ISO 8601, and how it ended; null when none has finished. */
  readonly lastSync: { readonly at: string; readonly outcome: string | null } | null;
}

export function dataProvenance(db: ReadableDb): DataProvenance {
  const last = lastFinishedSync(db);
  return {
    sources: listSources(db).map((source) => ({ url: source.url, dialect: source.dialect })),
    lastSync: last === null ? null : { at: new Date(last.finishedMs).toISOString(), outcome: last.outcome },
  };
}

export interface RateSnapshotRow {
  readonly currency: string;
  /** The table's columns as received; null for a currency that only has an override. */
  readonly eurRate: number | null;
  readonly usdRate: number | null;
  /** The analyst's override into the report's currency, if any. */
  readonly override: number | null;
  /** The factor the report's figures used for this currency (null: left out, no rate). */
  readonly applied: number | null;
}

export function rateSnapshot(db: ReadableDb, currency: ReportingCurrency): readonly RateSnapshotRow[] {
  const conversion = loadConversion(db, currency);
  const overrides = new Map(
    loadAllRateOverrides(db)
      .filter((override) => override.reporting === currency)
      .map((override) => [override.currency, override.rate] as const),
  );
  const table = new Map(loadRates(db).map((rate) => [rate.currency, rate] as const));
  const codes = [...new Set([...table.keys(), ...overrides.keys()])].sort();
  return codes.map((code) => ({
    currency: code,
    eurRate: table.get(code)?.eurRate ?? null,
    usdRate: table.get(code)?.usdRate ?? null,
    override: overrides.get(code) ?? null,
    applied: conversion.factor(code),
  }));
}

/**
 * The data-quality view's warnings about the rate table, without the rest of that report (which
 * counts every quarantined record of the database: too much work for one company's report).
 */
export function rateTableWarnings(db: ReadableDb): readonly RateWarning[] {
  return rateWarnings(loadRates(db), loadAllRateOverrides(db), movementsPerCurrency(db));
}
