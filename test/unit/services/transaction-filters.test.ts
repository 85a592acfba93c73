/** The transactions method's filters, over the contract: each narrows the page and its total. */
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { openedDatabaseProvider } from '../../../electron/services/database-provider';
import { dispatch } from '../../../electron/services/dispatch';
import type { MethodInput } from '../../../shared/contract';
import { ibans, sepa, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const db = seededDatabase(
  [
    {
      companyId: 1,
      name: 'Acme',
      address: 'Berlin',
      ibans: [ibans.acmeDe, ibans.acmeNl],
      reportedBalance: null,
    },
    { companyId: 2, name: 'Kemp', address: 'Leeds', ibans: [ibans.kempGb], reportedBalance: null },
  ],
  [
    sepa({
      id: 'in-1',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 42,
      ts: '2020-01-02T10:00:00Z',
    }),
    sepa({
      id: 'out-1',
      payer: ibans.acmeDe,
      beneficiary: ibans.kempGb,
      amount: 500,
      ts: '2020-01-03T10:00:00Z',
    }),
    sepa({
      id: 'own-1',
      payer: ibans.acmeDe,
      beneficiary: ibans.acmeNl,
      amount: 7,
      ts: '2020-01-04T10:00:00Z',
    }),
    swift({
      id: 'sw-1',
      payer: ibans.foreignCh,
      beneficiary: ibans.acmeNl,
      amount: 250,
      ts: '2020-01-05T10:00:00Z',
    }),
    swift({
      id: 'bad_%',
      payer: ibans.foreignNo,
      beneficiary: ibans.acmeNl,
      currency: 'SGP',
      amount: 1,
      ts: '2020-01-06T10:00:00Z',
    }),
  ],
);
const services = createServices({
  identity: { name: 'Cashflow Monitor', version: 'test', dataDirectory: '/tmp', databasePath: ':memory:' },
  database: openedDatabaseProvider(db),
});

async function ids(filters: Partial<MethodInput<'companyTransactions'>>): Promise<string[]> {
  const answer = await dispatch(services, 'companyTransactions', {
    companyId: 1,
    from: '2020-01-01',
    to: '2020-01-31',
    currency: 'EUR',
    sort: 'ts',
    order: 'asc',
    ...filters,
  });
  if (!answer.ok) throw new Error(answer.error.message);
  expect(answer.value.total).toBe(answer.value.transactions.length);
  return answer.value.transactions.map((line) => line.id);
}

describe('transaction filters', () => {
  it('keeps money in, out, or between own accounts', async () => {
    await expect(ids({ direction: 'in' })).resolves.toEqual(['in-1', 'sw-1', 'bad_%']);
    await expect(ids({ direction: 'out' })).resolves.toEqual(['out-1']);
    await expect(ids({ direction: 'own' })).resolves.toEqual(['own-1']);
  });

  it('finds the other side by part of its IBAN, typed with spaces and in any case', async () => {
    await expect(ids({ counterparty: 'gb91 piex' })).resolves.toEqual(['in-1', 'out-1']);
  });

  it('narrows to a record currency, an amount range in the reporting currency, and text', async () => {
    await expect(ids({ recordCurrency: 'sgp' })).resolves.toEqual(['bad_%']);
    await expect(ids({ minAmount: 400, maxAmount: 500 })).resolves.toEqual(['out-1']);
    await expect(ids({ maxAmount: 10, status: 'valid' })).resolves.toEqual(['own-1']);
    // The pattern characters in the text are matched as themselves.
    await expect(ids({ text: '_%' })).resolves.toEqual(['bad_%']);
    await expect(ids({ text: 'OUT-' })).resolves.toEqual(['out-1']);
  });

  it('keeps the raw record of a quarantined one for its detail view', async () => {
    const answer = await dispatch(services, 'companyTransactions', {
      companyId: 1,
      from: '2020-01-01',
      to: '2020-01-31',
      status: 'quarantined',
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { transactions: [{ id: 'bad_%', reason: 'invalid-currency' }] },
    });
  });

  it('refuses a smallest amount above the largest', async () => {
    const answer = await dispatch(services, 'companyTransactions', {
      companyId: 1,
      from: '2020-01-01',
      to: '2020-01-31',
      minAmount: 5,
      maxAmount: 1,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
