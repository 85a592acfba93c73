import { describe, expect, it } from 'vitest';
import { companyBalance } from '../../../electron/analytics/balance';
import { qualityReport } from '../../../electron/analytics/quality';
import { updateSettings } from '../../../electron/settings/settings';
import { companyTransactions } from '../../../electron/analytics/transactions';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { loadAccountOwners } from '../../../electron/db/queries/account-owners';
import { classifyTransaction } from '../../../electron/sync/classify';
import { dayFromIso } from '../../../shared/days';
import type { Company } from '../../../shared/domain';
import { ibans, sepa } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const companies: Company[] = [
  { companyId: 1, name: 'Acme', address: 'Berlin', ibans: [ibans.acmeDe], reportedBalance: null },
];
const at = dayFromIso('2020-01-31') ?? 0;
const ts = '2020-01-10T09:00:00Z';

function fixture() {
  return seededDatabase(companies, [
    sepa({ id: '1', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ts }),
    sepa({ id: '2', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ts }),
    sepa({ id: '3', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 5, ts: '2020-01-31T09:00:00Z' }),
  ]);
}

const balance = (db: ReturnType<typeof fixture>) =>
  companyBalance(db, { companyId: 1, day: at, currency: 'EUR' }).balance;

describe('possible duplicates', () => {
  it('counts records identical apart from the id, and lists them in data quality', () => {
    const db = fixture();
    expect(balance(db)).toBe(145);
    const report = qualityReport(db, { currency: 'EUR', samples: 5, companies: 0 });
    expect(report.possibleDuplicates).toMatchObject({
      groups: 1,
      records: 2,
      excluded: 0,
      excludeSetting: false,
      samples: [
        { source: 'sepa', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ids: ['1', '2'] },
      ],
    });
  });

  it('leaves every later copy out when the analyst asks, and restores it when they stop', () => {
    const db = fixture();
    expect(updateSettings(db, { excludeDuplicates: true }).reclassified).toBe(1);
    expect(balance(db)).toBe(75);
    const report = qualityReport(db, { currency: 'EUR', samples: 0, companies: 0 });
    expect(report.possibleDuplicates).toMatchObject({ groups: 1, excluded: 1, excludeSetting: true });
    expect(report.totals).toEqual({ transactions: 3, valid: 2, quarantined: 0 });
    const page = companyTransactions(db, {
      companyId: 1,
      fromDay: at - 30,
      toDay: at,
      currency: 'EUR',
      status: 'all',
      sort: 'ts',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(page.transactions.map((t) => [t.id, t.status, t.possibleDuplicate])).toEqual([
      ['1', 'valid', true],
      ['2', 'quarantined', true],
      ['3', 'valid', false],
    ]);
    expect(updateSettings(db, { excludeDuplicates: false }).reclassified).toBe(1);
    expect(balance(db)).toBe(145);
  });

  it('leaves a copy that arrives while the setting is on out at once', () => {
    const db = fixture();
    updateSettings(db, { excludeDuplicates: true });
    const ingester = createTransactionIngester(db);
    const again = sepa({
      id: '9',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 5,
      ts: '2020-01-31T09:00:00Z',
    });
    db.transaction(() =>
      ingester.ingest([classifyTransaction(again, { strictIban: false })], loadAccountOwners(db)),
    )();
    expect(balance(db)).toBe(75);
  });
});
