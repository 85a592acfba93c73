/**
 * The compiled CLI (out/main/cli.js through bin/cashflow.js), as an analyst runs it: no TypeScript
 * at run time, the version of package.json, and a test-plan query on a database file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isTooOld } from '../../bin/node-version.js';
import { ibans, sepa } from '../helpers/records';
import { seededDatabase } from '../helpers/seeded-db';
import { seededCompanies } from './shell-checks';

const root = join(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const dir = mkdtempSync(join(tmpdir(), 'cashflow-cli-bundle-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cashflow(...args: string[]) {
  // NODE_OPTIONS cleared so that no loader of the test runner (tsx) can serve TypeScript to it.
  const env = { ...process.env, NODE_OPTIONS: '' };
  return spawnSync(process.execPath, [join(root, 'bin', 'cashflow.js'), ...args], { encoding: 'utf8', env });
}

describe('the compiled cashflow CLI', () => {
  it('prints the version of package.json', () => {
    const run = cashflow('--version');
    expect(run.stdout.trim()).toBe(version);
    expect(run.status).toBe(0);
  });

  it('answers get_account_balance as JSON from a database file', () => {
    const file = join(dir, 'cash.sqlite');
    const db = seededDatabase(seededCompanies, [
      sepa({
        id: '1',
        payer: ibans.kempGb,
        beneficiary: ibans.acmeDe,
        amount: 1000.1,
        ts: '2021-03-01T09:00:00Z',
      }),
      sepa({
        id: '2',
        payer: ibans.acmeDe,
        beneficiary: ibans.kempGb,
        amount: 250.05,
        ts: '2021-03-02T09:00:00Z',
      }),
    ]);
    writeFileSync(file, db.serialize());
    db.close();
    const run = cashflow('balance', '--company', '1', '--at', '2021-03-01', '--db', file, '--json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({
      companyId: 1,
      at: '2021-03-01',
      balance: 1000.1,
      debt: 0,
    });
    const later = JSON.parse(cashflow('balance', '--company', '1', '--db', file, '--json').stdout) as {
      balance: number;
    };
    expect(later.balance).toBe(750.05);
  });

  it('ends a bad call in one sentence with its code', () => {
    const run = cashflow('balance', '--company', '1', '--db', join(dir, 'missing.sqlite'));
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^cashflow: .+\[not-found\]/);
  });

  it('leaves an empty file as it was instead of turning it into a database', () => {
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const run = cashflow('balance', '--company', '1', '--db', empty, '--json');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /is not a Cashflow Monitor database \(the file is empty\).*\[not-a-database\]/,
    );
    expect(readFileSync(empty).length).toBe(0);
    expect(existsSync(`${empty}-wal`) || existsSync(`${empty}-shm`)).toBe(false);
  });

  it('knows which Node versions cannot load its SQLite binary', () => {
    expect(isTooOld('20.20.2')).toBe(true);
    expect(isTooOld('22.11.0')).toBe(true);
    expect(isTooOld('22.12.0')).toBe(false);
    expect(isTooOld('24.21.0')).toBe(false);
  });
});
