import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedScope } from '../../../electron/cli/commands/scope';
import { parseCompanyIds, scopeFromOptions } from '../../../electron/cli/company-ids';
import { openWritableDatabase } from '../../../electron/db/connection';
import { replaceSourceScope } from '../../../electron/db/mutations/scope';
import { ensureSource } from '../../../electron/db/mutations/sync-state';
import { sourceScope, sourceScopeDropArgument, sourceUpdateRequest } from '../../../shared/sync-schemas';
import { runCli } from '../../helpers/run-cli';

describe('company ids of a sync scope on the command line', () => {
  it('reads ids comma-separated or one per line, with blanks and comments, counting repeats once', () => {
    expect(parseCompanyIds('12,17,105', '--companies')).toEqual([12, 17, 105]);
    expect(parseCompanyIds(' 105, 12 ,12', '--companies')).toEqual([12, 105]);
    expect(parseCompanyIds('# my clients\n17\n\n3, 4 # two more\r\n', 'file')).toEqual([3, 4, 17]);
    // The bank numbers companies from 0.
    expect(parseCompanyIds('0,7', '--companies')).toEqual([0, 7]);
  });

  it('refuses what is not a whole number, saying where', () => {
    for (const bad of ['-1', '1e3', '0x10', '2.0', 'abc', '12;13'])
      expect(() => parseCompanyIds(bad, '--companies'), bad).toThrow(/--companies must list company ids/);
    expect(() => parseCompanyIds('1\n2\nx', 'the file')).toThrow(/on line 3, not 'x'/);
    expect(() => parseCompanyIds(' , \n# none', '--companies')).toThrow('--companies lists no company id');
    const tooMany = Array.from({ length: 5001 }, (_, i) => i + 1).join(',');
    expect(() => parseCompanyIds(tooMany, '--companies')).toThrow(/at most 5000/);
  });

  it('takes one of --companies, --companies-file and --all-companies', () => {
    expect(scopeFromOptions({})).toBeUndefined();
    expect(scopeFromOptions({ allCompanies: true })).toBeNull();
    expect(scopeFromOptions({ companiesFile: 'ids.txt' }, () => '5\n4')).toEqual([4, 5]);
    expect(() => scopeFromOptions({ companies: '1', allCompanies: true })).toThrow(/not several/);
    expect(() => scopeFromOptions({ companies: '1', companiesFile: 'f' })).toThrow(/not several/);
    expect(() =>
      scopeFromOptions({ companiesFile: 'missing.txt' }, () => {
        throw new Error('ENOENT');
      }),
    ).toThrow('--companies-file missing.txt cannot be read (ENOENT)');
  });

  it('adds to and removes from a stored scope, and says which companies went out', () => {
    expect(changedScope([1, 2, 3], {})).toBeNull();
    expect(changedScope([1, 2, 3], { add: '7', remove: '2' })).toEqual({ scope: [1, 3, 7], removed: [2] });
    expect(changedScope([1, 2, 3], { companies: '3,4' })).toEqual({ scope: [3, 4], removed: [1, 2] });
    expect(changedScope([1, 2], { allCompanies: true })).toEqual({ scope: null, removed: [] });
    expect(() => changedScope(null, { add: '1' })).toThrow(/whole bank; limit it with --companies/);
    expect(() => changedScope([1], { remove: '1' })).toThrow(/no company in the scope/);
  });
});

describe('the scope in the contract', () => {
  it('holds 1 to 5000 distinct company ids (0 included), or null for the whole bank on update', () => {
    expect(sourceScope.safeParse({ companyIds: [3, 1] }).success).toBe(true);
    expect(sourceScope.safeParse({ companyIds: [0] }).success).toBe(true);
    for (const companyIds of [[], [-2], [1.5], [1, 1], Array.from({ length: 5001 }, (_, i) => i + 1)])
      expect(sourceScope.safeParse({ companyIds }).success, JSON.stringify(companyIds).slice(0, 20)).toBe(
        false,
      );
    expect(sourceScope.safeParse({ companyIds: [1], extra: true }).success).toBe(false);
    const update = { sourceId: 1, url: 'http://127.0.0.1:9' };
    expect(sourceUpdateRequest.parse(update)).not.toHaveProperty('scope');
    expect(sourceUpdateRequest.parse({ ...update, scope: null })).toMatchObject({ scope: null });
    expect(sourceScopeDropArgument.safeParse({ sourceId: 1, companyIds: [] }).success).toBe(false);
  });
});

describe('cashflow scope', () => {
  it('shows every stored source with its scope, and changes and drops one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-scope-'));
    try {
      const dbPath = join(dir, 'scope.sqlite');
      const db = openWritableDatabase(dbPath);
      const sourceId = ensureSource(db, 'http://127.0.0.1:8080', 'cdm-api', 0);
      replaceSourceScope(db, sourceId, [4, 9]);
      db.close();

      const shown = await runCli('scope', '--db', dbPath);
      expect(shown).toMatchObject({ code: 0, stderr: '' });
      expect(shown.stdout).toBe('source 1 http://127.0.0.1:8080 (cdm-api): 2 companies: 4, 9\n');

      const changed = await runCli(
        'scope',
        '--db',
        dbPath,
        '--add',
        '12',
        '--remove',
        '4',
        '--drop',
        '--json',
      );
      expect(changed.code).toBe(0);
      expect(JSON.parse(changed.stdout)).toEqual({
        sources: [
          { sourceId: 1, url: 'http://127.0.0.1:8080', dialect: 'cdm-api', scope: { companyIds: [9, 12] } },
        ],
        dropped: { companies: [4], transactions: 0 },
      });

      const whole = await runCli('scope', '--db', dbPath, '--source', '1', '--all-companies');
      expect(whole.stdout).toBe('source 1 http://127.0.0.1:8080 (cdm-api): the whole bank\n');

      // Narrowing the whole bank with --drop drops everything outside the new scope (nothing stored here).
      const narrowed = await runCli('scope', '--db', dbPath, '--companies', '0,9', '--drop');
      expect(narrowed).toMatchObject({ code: 0, stderr: '' });
      expect(narrowed.stdout).toBe(
        'source 1 http://127.0.0.1:8080 (cdm-api): 2 companies: 0, 9\ndropped 0 transactions outside the scope\n',
      );

      const refused = await runCli('scope', '--db', dbPath, '--source', '7', '--companies', '1');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/no stored source is 7 .*\[not-found\]/);
      const bad = await runCli('scope', '--db', dbPath, '--companies', '1,x');
      expect(bad).toMatchObject({ code: 2 });
      expect(bad.stderr).toMatch(/--companies must list company ids.*not 'x' \[invalid-argument\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
