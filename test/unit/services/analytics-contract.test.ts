import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { openedDatabaseProvider } from '../../../electron/services/database-provider';
import { dispatch } from '../../../electron/services/dispatch';
import type { MethodName } from '../../../shared/contract';
import { ibans, sepa } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const db = seededDatabase(
  [{ companyId: 1, name: 'Acme', address: 'Berlin', ibans: [ibans.acmeDe], reportedBalance: null }],
  [sepa({ payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 42 })],
);
const services = createServices({
  identity: { name: 'Cashflow Monitor', version: 'test', dataDirectory: '/tmp', databasePath: ':memory:' },
  database: openedDatabaseProvider(db),
});

describe('analytics over the contract', () => {
  it('answers a valid summary call with defaults filled in (EUR, last synced day)', async () => {
    const answer = await dispatch(services, 'companySummary', { companyId: 1 });
    expect(answer).toMatchObject({ ok: true, value: { balance: 42, currency: 'EUR', at: '2019-03-04' } });
  });

  it.each<[string, MethodName, unknown, string]>([
    ['an unknown company', 'companySummary', { companyId: 404 }, 'not-found'],
    [
      'from after to',
      'companyCountries',
      { companyId: 1, from: '2020-02-01', to: '2020-01-01' },
      'invalid-argument',
    ],
    ['an impossible date', 'companySummary', { companyId: 1, at: '2020-02-30' }, 'invalid-argument'],
    ['a bad currency', 'companySummary', { companyId: 1, currency: 'GBP' }, 'invalid-argument'],
    ['a negative company id', 'companySummary', { companyId: -1 }, 'invalid-argument'],
    [
      'an unknown granularity',
      'companySeries',
      { companyId: 1, from: '2020-01-01', to: '2020-12-31', granularity: 'hour' },
      'invalid-argument',
    ],
    [
      'a range outside the synced data',
      'companySeries',
      { companyId: 1, from: '2030-01-01', to: '2030-12-31', granularity: 'day' },
      'outside-synced-data',
    ],
    [
      'a rate above 100 %',
      'companyInterest',
      { companyId: 1, from: '2020-01-01', to: '2020-12-31', debitRate: 3 },
      'invalid-argument',
    ],
    [
      'an unexpected field',
      'searchCompanies',
      { text: 'acme', sql: 'DROP TABLE company' },
      'invalid-argument',
    ],
    ['no argument where one is required', 'companyForecast', undefined, 'invalid-argument'],
  ])('answers %s with a typed error', async (_label, method, argument, code) => {
    const answer = await dispatch(services, method, argument);
    expect(answer).toMatchObject({ ok: false, error: { code } });
  });
});
