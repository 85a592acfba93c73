import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { openedDatabaseProvider } from '../../../electron/services/database-provider';
import { dispatch } from '../../../electron/services/dispatch';
import type { MethodName } from '../../../shared/contract';
import { ibans, sepa } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

function services() {
  const db = seededDatabase(
    [{ companyId: 1, name: 'Acme', address: 'Berlin', ibans: [ibans.acmeDe], reportedBalance: null }],
    [
      sepa({
        id: '1',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 42,
        ts: '2020-01-10T09:00:00Z',
      }),
      sepa({
        id: '2',
        payer: ibans.acmeDe,
        beneficiary: ibans.kempGb,
        amount: 100,
        ts: '2020-01-20T09:00:00Z',
      }),
    ],
  );
  return createServices({
    identity: { name: 'Cashflow Monitor', version: 'test', dataDirectory: '/tmp', databasePath: ':memory:' },
    database: openedDatabaseProvider(db),
  });
}

const range = { companyId: 1, from: '2020-01-01', to: '2020-01-31' };

describe('the wider-view methods over the contract', () => {
  it.each<[string, MethodName, unknown, string]>([
    ['an unknown company', 'companyCounterparties', { ...range, companyId: 404 }, 'not-found'],
    ['from after to', 'companyCounterparties', { ...range, from: '2020-02-01' }, 'invalid-argument'],
    ['a bad currency', 'companyCounterparties', { ...range, currency: 'CHF' }, 'invalid-argument'],
    ['a limit of zero', 'companyCounterparties', { ...range, limit: 0 }, 'invalid-argument'],
    ['an unknown company', 'companyTransactions', { ...range, companyId: 404 }, 'not-found'],
    ['an impossible date', 'companyTransactions', { ...range, to: '2020-13-01' }, 'invalid-argument'],
    [
      'a sort column that is not offered',
      'companyTransactions',
      { ...range, sort: 'payer; DROP TABLE txn' },
      'invalid-argument',
    ],
    ['a negative offset', 'companyTransactions', { ...range, offset: -1 }, 'invalid-argument'],
    ['an unknown filter', 'portfolio', { filter: 'rich' }, 'invalid-argument'],
    ['from after to', 'portfolio', { from: '2020-03-01', to: '2020-01-01' }, 'invalid-argument'],
    ['a from after the last synced day', 'portfolio', { from: '2021-01-01' }, 'invalid-argument'],
    ['an unexpected field', 'qualityReport', { samples: 3, everything: true }, 'invalid-argument'],
    ['too many samples', 'qualityReport', { samples: 1000 }, 'invalid-argument'],
    ['an argument for a method that takes none', 'settingsGet', { key: 'strictIban' }, 'invalid-argument'],
    [
      'a reporting currency that is not offered',
      'settingsUpdate',
      { reportingCurrency: 'GBP' },
      'invalid-argument',
    ],
    [
      'a negative rate override',
      'settingsUpdate',
      { rateOverrides: [{ currency: 'GBP', reporting: 'EUR', rate: -1 }] },
      'invalid-argument',
    ],
    [
      'an override for a currency that does not exist',
      'settingsUpdate',
      { rateOverrides: [{ currency: 'QQQ', reporting: 'EUR', rate: 1 }] },
      'invalid-argument',
    ],
    [
      'a lower-case currency code',
      'settingsUpdate',
      { rateOverrides: [{ currency: 'gbp', reporting: 'EUR', rate: 1 }] },
      'invalid-argument',
    ],
    [
      'an opening balance of an unknown account',
      'settingsUpdate',
      { openingBalances: [{ iban: ibans.foreignCh, reporting: 'EUR', amount: 1 }] },
      'not-found',
    ],
    ['a strict flag that is not a boolean', 'settingsUpdate', { strictIban: 'yes' }, 'invalid-argument'],
    ['a debit rate of 300 %', 'settingsUpdate', { debitRate: 3 }, 'invalid-argument'],
  ])('answers %s (%s) with a typed error', async (_label, method, argument, code) => {
    const answer = await dispatch(services(), method, argument);
    expect(answer).toMatchObject({ ok: false, error: { code } });
  });

  it('uses the stored reporting currency and default rates when a call leaves them out', async () => {
    const service = services();
    expect(await dispatch(service, 'companySummary', { companyId: 1 })).toMatchObject({
      ok: true,
      value: { currency: 'EUR' },
    });
    const updated = await dispatch(service, 'settingsUpdate', {
      reportingCurrency: 'USD',
      debitRate: 0.1,
      creditRate: 0,
    });
    expect(updated).toMatchObject({
      ok: true,
      value: { settings: { reportingCurrency: 'USD', debitRate: 0.1 } },
    });
    // −58 EUR in USD at the seed table's cross rate (docs/domain.md: median of the GBP and JPY rows).
    const usd = 58 / ((0.83 * 1.32 + 133.18 * 0.0082) / 2);
    const summary = await dispatch(service, 'companySummary', { companyId: 1 });
    expect(summary).toMatchObject({ ok: true, value: { currency: 'USD' } });
    expect(summary.ok && summary.value.balance).toBeCloseTo(-usd, 9);
    const interest = await dispatch(service, 'companyInterest', { ...range, to: '2020-01-20' });
    // Overdrawn on 20 January only, at 10 % a year.
    expect(interest).toMatchObject({
      ok: true,
      value: { currency: 'USD', debitRate: 0.1, creditRate: 0, earned: 0 },
    });
    expect(interest.ok && interest.value.owed).toBeCloseTo((usd * 0.1) / 365, 12);
  });

  it('answers each new method for a valid call', async () => {
    const service = services();
    expect(await dispatch(service, 'companyCounterparties', range)).toMatchObject({
      ok: true,
      value: { counterparties: [{ iban: ibans.kempGb }] },
    });
    expect(await dispatch(service, 'companyTransactions', range)).toMatchObject({
      ok: true,
      value: { total: 2 },
    });
    expect(await dispatch(service, 'portfolio', undefined)).toMatchObject({
      ok: true,
      value: { total: 1, asOf: '2020-01-20' },
    });
    expect(await dispatch(service, 'portfolio', { filter: 'overdrawn-now' })).toMatchObject({
      ok: true,
      value: { total: 1 },
    });
    expect(await dispatch(service, 'qualityReport', undefined)).toMatchObject({
      ok: true,
      value: { totals: { transactions: 2 } },
    });
    expect(await dispatch(service, 'settingsGet', undefined)).toMatchObject({
      ok: true,
      value: { strictIban: false },
    });
  });
});
