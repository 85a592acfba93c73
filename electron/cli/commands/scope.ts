/**
 * `cashflow scope`: shows or changes the companies a stored source is limited to (its scope). The
 * next `cashflow sync` of that source fetches only their transactions; companies added get their whole
 * history then. `--drop` deletes the data of the companies this call took out, except records shared
 * with a company still in scope; after narrowing the whole bank, of every company outside the scope.
 */
import type { Command } from 'commander';
import type { WritableDb } from '../../db/connection';
import { openWritableDatabase } from '../../db/connection';
import { replaceSourceScope } from '../../db/mutations/scope';
import { allSourceScopes } from '../../db/queries/scope';
import { listSources, type StoredSource } from '../../db/queries/sources';
import { dropOutOfScope } from '../../services/scope-drop';
import { AppFailure } from '../../../shared/result';
import { parseCompanyIds, scopeFromOptions, type ScopeOptions } from '../company-ids';
import { printJson } from '../output';

interface ScopeEdit extends ScopeOptions {
  readonly add?: string;
  readonly remove?: string;
}

interface ScopeCommandOptions extends ScopeEdit {
  readonly db: string;
  readonly source?: string;
  readonly drop?: boolean;
  readonly json?: boolean;
}

export interface ScopeChange {
  /** The new scope, or null for the whole bank. */
  readonly scope: number[] | null;
  /** Companies in the old scope that the new one leaves out. */
  readonly removed: number[];
}

/** The scope after `--companies`/`--companies-file`/`--all-companies`, `--add` and `--remove`. */
export function changedScope(current: readonly number[] | null, options: ScopeEdit): ScopeChange | null {
  const replaced = scopeFromOptions(options);
  if (replaced === undefined && options.add === undefined && options.remove === undefined) return null;
  const base = replaced === undefined ? current : replaced;
  const next = base === null ? null : new Set(base);
  if (options.add !== undefined) {
    const added = parseCompanyIds(options.add, '--add');
    // Adding to the whole bank would narrow it: start a scope with `--companies` instead.
    if (next === null)
      throw new AppFailure(
        'invalid-argument',
        'this source syncs the whole bank; limit it with --companies first',
      );
    for (const id of added) next.add(id);
  }
  if (options.remove !== undefined) {
    const removed = parseCompanyIds(options.remove, '--remove');
    if (next === null)
      throw new AppFailure('invalid-argument', 'this source syncs the whole bank; nothing to remove');
    for (const id of removed) next.delete(id);
    if (next.size === 0)
      throw new AppFailure(
        'invalid-argument',
        'that would leave no company in the scope; use --all-companies to sync the whole bank',
      );
  }
  const scope = next === null ? null : [...next].sort((a, b) => a - b);
  if (scope !== null && scope.length > 5000)
    throw new AppFailure('invalid-argument', `a scope holds at most 5000 companies, not ${scope.length}`);
  const kept = new Set(scope ?? []);
  const removed = scope === null ? [] : (current ?? []).filter((id) => !kept.has(id));
  return { scope, removed };
}

function pickSource(db: WritableDb, given: string | undefined): StoredSource {
  const sources = listSources(db);
  if (given === undefined) {
    const [only] = sources;
    if (only === undefined || sources.length > 1)
      throw new AppFailure(
        'invalid-argument',
        sources.length === 0
          ? 'the database has no source yet: run cashflow sync first'
          : 'name the source with --source (its id or URL)',
      );
    return only;
  }
  const wanted = given.replace(/\/+$/, '');
  const found = sources.find(
    (source) => String(source.sourceId) === given || source.url.replace(/\/+$/, '') === wanted,
  );
  if (found === undefined)
    throw new AppFailure('not-found', `no stored source is ${given} (see cashflow scope --db …)`);
  return found;
}

function describe(source: StoredSource, scope: readonly number[] | undefined): string {
  const what = scope === undefined ? 'the whole bank' : `${scope.length} companies: ${scope.join(', ')}`;
  return `source ${source.sourceId} ${source.url} (${source.dialect}): ${what}`;
}

export function registerScopeCommand(program: Command): void {
  program
    .command('scope')
    .description(
      "Show or change the companies a stored source syncs (its scope); without a change, show every source's.",
    )
    .requiredOption('--db <file>', 'the SQLite database file the source was synced into')
    .option('--source <id-or-url>', 'the stored source to change (needed when there are several)')
    .option('--companies <ids>', 'replace the scope with these company ids, e.g. 12,17,105')
    .option('--companies-file <file>', 'as --companies, from a file: ids one per line or comma-separated')
    .option('--all-companies', 'sync the whole bank again (no scope)')
    .option('--add <ids>', 'add these companies to the scope (their history comes with the next sync)')
    .option('--remove <ids>', 'take these companies out of the scope')
    .option(
      '--drop',
      'delete the stored data of the companies this call takes out (records shared with a kept company stay); narrowing the whole bank, of every company outside the new scope',
    )
    .option('--json', 'print the sources and their scopes as JSON')
    .action((options: ScopeCommandOptions) => {
      const db = openWritableDatabase(options.db);
      try {
        // `outside`: the whole bank was narrowed, so everything outside the new scope went.
        let dropped: { companies: number[] | 'outside'; transactions: number } | null = null;
        const hasChange =
          options.companies !== undefined ||
          options.companiesFile !== undefined ||
          options.allCompanies === true ||
          options.add !== undefined ||
          options.remove !== undefined;
        if (options.drop === true && !hasChange)
          throw new AppFailure(
            'invalid-argument',
            '--drop goes with the change that takes companies out (--remove, --companies …)',
          );
        if (hasChange) {
          const source = pickSource(db, options.source);
          const before = allSourceScopes(db).get(source.sourceId) ?? null;
          const change = changedScope(before, options);
          if (change !== null) {
            replaceSourceScope(db, source.sourceId, change.scope);
            if (options.drop === true && before === null && change.scope !== null)
              dropped = { companies: 'outside', ...dropOutOfScope(db, source.sourceId, undefined) };
            else if (options.drop === true && change.removed.length > 0)
              dropped = { companies: change.removed, ...dropOutOfScope(db, source.sourceId, change.removed) };
          }
        }
        const scopes = allSourceScopes(db);
        const sources = listSources(db);
        if (options.json === true) {
          printJson({
            sources: sources.map((source) => ({
              sourceId: source.sourceId,
              url: source.url,
              dialect: source.dialect,
              scope: scopes.has(source.sourceId) ? { companyIds: scopes.get(source.sourceId) } : null,
            })),
            dropped,
          });
          return;
        }
        if (sources.length === 0) process.stdout.write('no source stored yet\n');
        for (const source of sources)
          process.stdout.write(`${describe(source, scopes.get(source.sourceId))}\n`);
        if (dropped !== null)
          process.stdout.write(
            dropped.companies === 'outside'
              ? `dropped ${dropped.transactions} transactions outside the scope\n`
              : `dropped ${dropped.transactions} transactions of companies ${dropped.companies.join(', ')}\n`,
          );
      } finally {
        db.close();
      }
    });
}
