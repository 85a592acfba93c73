/**
 * A small seeded database written to a file, as query workers need (each opens the file itself):
 * two companies with SEPA and SWIFT records across 2019–2021, in WAL mode like the app's.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWritableDatabase } from '../../electron/db/connection';
import { ibans, sepa, swift } from './records';
import { seededDatabase } from './seeded-db';

export interface QueryDbFile {
  readonly path: string;
  remove(): void;
}

export function seededDatabaseFile(): QueryDbFile {
  const directory = mkdtempSync(join(tmpdir(), 'cashflow-queries-'));
  const path = join(directory, 'cashflow.sqlite');
  const memory = seededDatabase(
    [
      {
        companyId: 1,
        name: 'Acme',
        address: 'Berlin',
        ibans: [ibans.acmeDe, ibans.acmeNl],
        reportedBalance: null,
      },
      { companyId: 2, name: 'Kemp Ltd', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
    ],
    [
      sepa({
        id: '1',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 42,
        ts: '2019-03-04T10:00:00Z',
      }),
      sepa({
        id: '2',
        payer: ibans.acmeDe,
        beneficiary: ibans.foreignCh,
        amount: 1000,
        ts: '2020-02-28T12:00:00Z',
      }),
      swift({ id: '3', payer: ibans.foreignNo, beneficiary: ibans.acmeNl, currency: 'GBP', amount: 500 }),
      sepa({
        id: '4',
        payer: ibans.foreignCh,
        beneficiary: ibans.kempGb,
        amount: 75,
        ts: '2021-06-30T09:00:00Z',
      }),
    ],
  );
  memory.exec(`VACUUM INTO '${path.replaceAll("'", "''")}'`);
  memory.close();
  // Opening it as the app's writer turns on WAL, as the app's database file has it.
  const writer = openWritableDatabase(path);
  assert.equal(writer.pragma('journal_mode', { simple: true }), 'wal');
  writer.close();
  return {
    path,
    remove: () => {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
