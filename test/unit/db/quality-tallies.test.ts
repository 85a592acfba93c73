/**
 * The kept data-quality figures (migration 0120) on small hand-made records: the migration fills
 * them for a database synced before they existed (also one whose bulk load was left unfinished),
 * accounts attached to a company later move their quarantined records to it, deleted records leave
 * them, and the report reads the ranking and groups from them.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { qualityReport } from '../../../electron/analytics/quality';
import type { WritableDb } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';
import { createBulkIngester } from '../../../electron/db/mutations/bulk-ingest';
import { beginBulkLoad, finishBulkLoad } from '../../../electron/db/mutations/bulk-load';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { reattachAccounts } from '../../../electron/db/mutations/reattach-accounts';
import { upsertCompanies } from '../../../electron/db/mutations/reference-data';
import { loadAccountOwners } from '../../../electron/db/queries/account-owners';
import { keptQualityFigures } from '../../../electron/db/queries/quality';
import { recomputeQualityFigures } from '../../../electron/db/queries/quality-recompute';
import { classifyTransaction } from '../../../electron/sync/classify';
import type { Company, RawTransaction } from '../../../shared/domain';
import { writeAtOlderSchema } from '../../helpers/older-schema';
import { ibans, sepa, swift } from '../../helpers/records';

const looseDe = 'DE00370400440532013000';
const ts = '2020-01-10T09:00:00Z';

const companies: Company[] = [
  {
    companyId: 1,
    name: 'Acme',
    address: 'Berlin',
    ibans: [ibans.acmeDe, ibans.acmeNl],
    reportedBalance: null,
  },
  { companyId: 2, name: 'Kemp', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
];

const records: RawTransaction[] = [
  // Two possible duplicates, and a third copy with another amount in another group.
  sepa({ id: 'a', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ts }),
  sepa({ id: 'b', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ts }),
  sepa({ id: 'c', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 71, ts }),
  // A batch pair, a record between Acme's own accounts with a bad currency, a malformed one.
  swift({ id: 'd', amount: 1, ts }),
  swift({ id: 'd', amount: 2, ts }),
  sepa({ id: 'e', payer: ibans.acmeDe, beneficiary: ibans.acmeNl, currency: 'XXQ', ts }),
  sepa({ id: 'f', amount: null, ts }),
  // A strict-IBAN warning, and a foreign account quarantined before it belongs to a company.
  sepa({ id: 'g', payer: looseDe, beneficiary: ibans.kempGb, ts }),
  swift({ id: 'h', payer: ibans.foreignNo, beneficiary: ibans.foreignCh, currency: 'ZZZ', ts }),
  swift({ id: 'i', payer: ibans.foreignNo, beneficiary: ibans.acmeNl, currency: 'ZZZ', ts }),
];

function ingest(db: WritableDb, batch: readonly RawTransaction[], bulk = false): void {
  const ingester = bulk ? createBulkIngester(db) : createTransactionIngester(db);
  db.transaction(() =>
    ingester.ingest(
      batch.map((record) => classifyTransaction(record, { strictIban: false })),
      loadAccountOwners(db),
    ),
  )();
}

/** A database at the schema before the kept figures, with the records its ingester would have stored. */
function syncedBeforeMigration(bulk = false): WritableDb {
  const db = new Database(':memory:') as WritableDb;
  for (const migration of migrations.filter((m) => m.version < 120)) db.exec(migration.sql);
  db.pragma('user_version = 110');
  upsertCompanies(db, companies);
  writeAtOlderSchema(db, () => {
    if (bulk) beginBulkLoad(db);
    ingest(db, records, bulk);
  });
  return db;
}

const txnTriggers = (db: WritableDb) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'txn' ORDER BY name")
    .pluck()
    .all();

describe('kept data-quality figures', () => {
  it('are filled by the migration of a database synced before them', () => {
    const db = syncedBeforeMigration();
    expect(() => keptQualityFigures(db)).toThrow(/no such table/);
    const reference = recomputeQualityFigures(db);
    migrate(db);
    expect(keptQualityFigures(db)).toEqual(reference);
    expect(reference.duplicateGroups).toMatchObject([{ copies: 2, leftOut: 0, ids: 'a, b' }]);
    expect(reference.companies.map((row) => [row.companyId, row.quarantined])).toEqual([
      [1, 5],
      [2, 1],
    ]);
  });

  it('are rebuilt when a bulk load left unfinished before the migration is resumed', () => {
    const db = syncedBeforeMigration(true);
    migrate(db);
    const triggers = txnTriggers(db);
    expect(triggers.length).toBeGreaterThan(3);
    expect(beginBulkLoad(db)).toBe(true);
    expect(txnTriggers(db)).toEqual([]);
    finishBulkLoad(db);
    expect(txnTriggers(db)).toEqual(triggers);
    const kept = keptQualityFigures(db);
    expect(kept).toEqual(recomputeQualityFigures(db));
    expect(kept.quarantined.length).toBeGreaterThan(2);
  });

  it('move quarantined records to a company whose account becomes known later', () => {
    const db = syncedBeforeMigration();
    migrate(db);
    upsertCompanies(db, [
      { companyId: 3, name: 'Fjord', address: 'Oslo', ibans: [ibans.foreignNo], reportedBalance: null },
    ]);
    reattachAccounts(db, [ibans.foreignNo]);
    const kept = keptQualityFigures(db);
    expect(kept).toEqual(recomputeQualityFigures(db));
    expect(kept.companies.find((row) => row.companyId === 3)?.quarantined).toBe(2);
  });

  it('follow records deleted from the store, though no writer deletes any today', () => {
    const db = syncedBeforeMigration();
    migrate(db);
    db.prepare("DELETE FROM txn WHERE ext_id IN ('a', 'e', 'g')").run();
    const kept = keptQualityFigures(db);
    expect(kept).toEqual(recomputeQualityFigures(db));
    expect(kept.duplicateGroups).toEqual([]);
    expect(kept.strictIbanWarnings).toEqual([]);
  });

  it('give the report its ranking, counts and duplicate groups', () => {
    const db = syncedBeforeMigration();
    migrate(db);
    ingest(db, [sepa({ id: 'j', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 70, ts })]);
    const report = qualityReport(db, { currency: 'EUR', samples: 1, companies: 1 });
    expect(report.companies).toEqual([
      {
        companyId: 1,
        name: 'Acme',
        count: 5,
        byReason: { 'batch-payment': 2, 'invalid-currency': 2, malformed: 1 },
      },
    ]);
    expect(report.totals).toEqual({ transactions: 11, valid: 5, quarantined: 6 });
    expect(report.strictIbanWarnings).toEqual([{ source: 'sepa', count: 1 }]);
    expect(report.possibleDuplicates).toMatchObject({
      groups: 1,
      records: 3,
      excluded: 0,
      samples: [{ ids: ['a', 'b', 'j'], amount: 70 }],
    });
  });
});
