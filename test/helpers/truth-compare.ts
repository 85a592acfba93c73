/**
 * Compares what the app computes from a synced database with the simulator's ground truth, using the
 * app's own analytics services, and returns every disagreement (empty when all agree to the cent):
 * balances, debt and credit per quarter end in EUR and USD, countries and company-level flows per
 * quarter (own-account transfers left out), and the synced span every range is cut to.
 */
import { companyBalance } from '../../electron/analytics/balance';
import { countriesTransacted } from '../../electron/analytics/countries';
import { companySeries } from '../../electron/analytics/series';
import type { ReadableDb } from '../../electron/db/connection';
import type { GroundTruth } from '../../electron/simulator/truth/ground-truth';
import { quarters } from '../../electron/simulator/truth/ground-truth';
import { dayFromIso } from '../../shared/days';
import { roundCents } from '../../shared/money';

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(`not a day: ${iso}`);
  return value;
}

export function compareWithTruth(db: ReadableDb, truth: GroundTruth): string[] {
  const problems: string[] = [];
  const differ = (what: string, actual: number, expected: number) => {
    if (roundCents(actual) !== roundCents(expected))
      problems.push(`${what}: app ${roundCents(actual)}, truth ${expected}`);
  };
  const periods = quarters();
  for (const company of truth.companies) {
    // Asked for far more than was synced, the series answers for the synced span only, per quarter.
    const series = companySeries(db, {
      companyId: company.companyId,
      fromDay: day('2015-01-01'),
      toDay: day('2030-12-31'),
      granularity: 'quarter',
      currency: 'EUR',
    });
    const seriesWhere = `company ${company.companyId} series`;
    if (series.from !== truth.span.from || series.to !== truth.span.to)
      problems.push(
        `${seriesWhere} range: app ${series.from}..${series.to}, truth ${truth.span.from}..${truth.span.to}`,
      );
    if (series.clampedFrom !== '2015-01-01' || series.clampedTo !== '2030-12-31')
      problems.push(`${seriesWhere} does not say it was cut: ${series.clampedFrom} ${series.clampedTo}`);
    company.flows.forEach((flow, index) => {
      const bucket = series.buckets[index];
      const where = `${seriesWhere} ${flow.quarter}`;
      if (bucket === undefined) {
        problems.push(`${where} missing`);
        return;
      }
      differ(`${where} inflow`, bucket.inflow, flow.inflow);
      differ(`${where} outflow`, bucket.outflow, flow.outflow);
      if (bucket.count !== flow.count)
        problems.push(`${where} count: app ${bucket.count}, truth ${flow.count}`);
      const last = truth.quarterEnds[index];
      if (last !== undefined && index < company.flows.length - 1)
        differ(`${where} closing`, bucket.closing, company.eur.balance[index] ?? NaN);
    });
    const internal = company.flows.reduce((sum, flow) => sum + flow.internal, 0);
    if (series.totals.internalTransfers?.count !== internal)
      problems.push(
        `${seriesWhere} internal transfers: app ${series.totals.internalTransfers?.count}, truth ${internal}`,
      );
    truth.quarterEnds.forEach((quarterEnd, index) => {
      for (const currency of ['EUR', 'USD'] as const) {
        const money = currency === 'EUR' ? company.eur : company.usd;
        const result = companyBalance(db, { companyId: company.companyId, day: day(quarterEnd), currency });
        const where = `company ${company.companyId} ${quarterEnd} ${currency}`;
        differ(`${where} balance`, result.balance, money.balance[index] ?? NaN);
        differ(`${where} debt`, result.debt, money.debt[index] ?? NaN);
        differ(`${where} credit`, result.credit, money.credit[index] ?? NaN);
        for (const account of company.accounts) {
          const actual = result.accounts.find((a) => a.iban === account.iban);
          const expected = (currency === 'EUR' ? account.eur : account.usd)[index] ?? NaN;
          if (actual === undefined) problems.push(`${where} account ${account.iban} missing`);
          else differ(`${where} account ${account.iban}`, actual.balance, expected);
        }
      }
    });
    company.countries.forEach((quarter, index) => {
      const period = periods[index];
      if (period === undefined) return;
      const result = countriesTransacted(db, {
        companyId: company.companyId,
        fromDay: day(new Date(period.startMs).toISOString().slice(0, 10)),
        toDay: day(period.lastDay),
        currency: 'EUR',
      });
      const where = `company ${company.companyId} ${quarter.quarter}`;
      const actualCodes = result.countries
        .map((c) => c.country)
        .sort()
        .join(',');
      const expectedCodes = quarter.countries
        .map((c) => c.country)
        .sort()
        .join(',');
      if (actualCodes !== expectedCodes) {
        problems.push(`${where} countries: app ${actualCodes}, truth ${expectedCodes}`);
        return;
      }
      for (const expected of quarter.countries) {
        const actual = result.countries.find((c) => c.country === expected.country);
        if (actual === undefined) continue;
        differ(`${where} ${expected.country} inflow`, actual.inflow, expected.inflow);
        differ(`${where} ${expected.country} outflow`, actual.outflow, expected.outflow);
        if (actual.count !== expected.count)
          problems.push(`${where} ${expected.country} count: app ${actual.count}, truth ${expected.count}`);
      }
    });
  }
  return problems;
}
