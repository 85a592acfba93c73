import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../electron/db/connection';
import { upsertCompanies } from '../../../electron/db/mutations/reference-data';
import type { Company } from '../../../shared/domain';
import { ibans } from '../../helpers/records';

const acme: Company = {
  companyId: 1,
  name: 'Acme',
  address: 'Berlin',
  ibans: [ibans.acmeDe, ibans.acmeNl],
  reportedBalance: 10,
};
const kemp: Company = {
  companyId: 2,
  name: 'Kemp and Sons',
  address: 'London',
  ibans: [ibans.kempGb],
  reportedBalance: null,
};

function changes(db: ReturnType<typeof openMemoryDatabase>): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

describe('writing companies from a source', () => {
  it('writes nothing when a refresh delivers the same companies again', () => {
    const db = openMemoryDatabase();
    const first = upsertCompanies(db, [acme, kemp]);
    expect(first).toEqual({
      companies: 2,
      accounts: 3,
      newIbans: [ibans.acmeDe, ibans.acmeNl, ibans.kempGb],
    });
    const before = changes(db);
    const again = upsertCompanies(db, [acme, kemp]);
    expect(again).toEqual({ companies: 2, accounts: 3, newIbans: [] });
    expect(changes(db)).toBe(before);
  });

  it('rewrites a company whose name, address, balance or accounts changed, search index included', () => {
    const db = openMemoryDatabase();
    upsertCompanies(db, [acme, kemp]);
    const renamed = { ...kemp, name: 'Kemp & Daughters', ibans: [ibans.kempGb, ibans.foreignCh] };
    const result = upsertCompanies(db, [acme, renamed]);
    expect(result.newIbans).toEqual([ibans.foreignCh]);
    expect(db.prepare('SELECT name FROM company WHERE company_id = 2').pluck().get()).toBe(
      'Kemp & Daughters',
    );
    expect(
      db.prepare('SELECT iban FROM account WHERE company_id = 2 ORDER BY position').pluck().all(),
    ).toEqual([ibans.kempGb, ibans.foreignCh]);
    expect(
      db
        .prepare('SELECT company_id FROM company_search WHERE company_search MATCH \'"Daughters"\'')
        .pluck()
        .all(),
    ).toEqual([2]);
    expect(db.prepare('SELECT count(*) FROM company_search').pluck().get()).toBe(2);
  });
});
