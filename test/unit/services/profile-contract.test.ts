/**
 * `company:profile` and `app:info`'s hasData, and the schema-side day conversion: what the renderer
 * opens a company with and how it knows there is data, without searching or probing series.
 */
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { openedDatabaseProvider } from '../../../electron/services/database-provider';
import { dispatch } from '../../../electron/services/dispatch';
import { contract } from '../../../shared/contract';
import { ibans, sepa } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const identity = {
  name: 'Cashflow Monitor',
  version: 'test',
  dataDirectory: '/tmp',
  databasePath: ':memory:',
};

function servicesOver(db: ReturnType<typeof seededDatabase>) {
  return createServices({ identity, database: openedDatabaseProvider(db) });
}

describe('company:profile', () => {
  const db = seededDatabase(
    [
      { companyId: 1, name: 'Acme', address: 'Berlin', ibans: [ibans.acmeDe], reportedBalance: null },
      { companyId: 2, name: 'Kemp', address: 'Leeds', ibans: [ibans.kempGb], reportedBalance: null },
      { companyId: 3, name: 'Quiet', address: 'Oslo', ibans: [ibans.acmeNl], reportedBalance: null },
    ],
    [
      sepa({
        id: '1',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 42,
        ts: '2019-03-14T10:00:00Z',
      }),
      sepa({
        id: '2',
        payer: ibans.kempGb,
        beneficiary: ibans.foreignCh,
        amount: 5,
        ts: '2020-06-30T10:00:00Z',
      }),
    ],
  );
  const services = servicesOver(db);

  it('answers identity and the span from the month of the first transaction to the last synced day', async () => {
    const answer = await dispatch(services, 'companyProfile', { companyId: 1 });
    expect(answer).toEqual({
      ok: true,
      value: {
        companyId: 1,
        name: 'Acme',
        address: 'Berlin',
        ibans: [ibans.acmeDe],
        dataSpan: { first: '2019-03-14', last: '2020-06-30' },
        activity: { first: '2019-03-14', last: '2019-03-14' },
        inScope: true,
      },
    });
  });

  it('starts the span on the month start once it lies inside the synced data', async () => {
    const answer = await dispatch(services, 'companyProfile', { companyId: 2 });
    expect(answer).toMatchObject({
      ok: true,
      value: { dataSpan: { first: '2019-03-14', last: '2020-06-30' } },
    });
  });

  it('gives a company without transactions the last synced day only', async () => {
    const answer = await dispatch(services, 'companyProfile', { companyId: 3 });
    expect(answer).toMatchObject({
      ok: true,
      value: { activity: null, dataSpan: { first: '2020-06-30', last: '2020-06-30' } },
    });
  });

  it('answers not-found for an unknown company', async () => {
    expect(await dispatch(services, 'companyProfile', { companyId: 404 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('says there is data once a company is stored', async () => {
    expect(await dispatch(services, 'appInfo', undefined)).toMatchObject({
      ok: true,
      value: { hasData: true },
    });
    expect(await dispatch(servicesOver(seededDatabase([], [])), 'appInfo', undefined)).toMatchObject({
      ok: true,
      value: { hasData: false },
    });
  });
});

describe('days in the contract', () => {
  it('hands services day numbers for the ISO days the caller wrote', () => {
    const parsed = contract.companySeries.input.parse({
      companyId: 1,
      from: '1970-01-02',
      to: '2020-01-01',
      granularity: 'month',
    });
    expect(parsed).toMatchObject({ from: 1, to: 18_262 });
  });

  it('refuses a day that is not on the calendar, and a range that ends before it starts', () => {
    expect(contract.companyForecast.input.safeParse({ companyId: 1, at: '2021-02-29' }).success).toBe(false);
    expect(
      contract.companyCountries.input.safeParse({ companyId: 1, from: '2020-01-02', to: '2020-01-01' })
        .success,
    ).toBe(false);
  });
});
