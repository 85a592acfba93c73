/**
 * `cashflow sync`: pulls a CDM API into a local database through the same worker and engine as the
 * desktop app. Exit 0 after a complete pass (`--once`), or keeps refreshing on a schedule until
 * interrupted. `--json` prints the final summary for scripts.
 */
import type { Command } from 'commander';
import { dialects, type Dialect } from '../../../shared/domain';
import type { SyncSummary } from '../../../shared/sync';
import { startSyncWorker } from '../../sync/start-sync-worker';
import { syncWorkerEntry } from '../../sync/worker-entry';
import type { SyncJob } from '../../sync/job';
import { integerOption, oneOf, printJson } from '../output';
import { readAllStdin, sourceAccess } from '../sync-credentials';
import { scopeFromOptions } from '../company-ids';

/** A refresh asks the bank's API for news; more often than once a minute only adds load. */
const minimumRefreshSeconds = 60;
import { createProgressDisplay } from '../progress-display';
import { formatSummary } from '../sync-summary';

interface SyncOptions {
  readonly source: string;
  readonly db: string;
  readonly dialect: string;
  readonly once?: boolean;
  readonly tokenEnv?: string;
  readonly user?: string;
  readonly passwordStdin?: boolean;
  readonly json?: boolean;
  readonly strictIban?: boolean;
  readonly interval: string;
  readonly companies?: string;
  readonly companiesFile?: string;
  readonly allCompanies?: boolean;
}

async function jobFrom(options: SyncOptions): Promise<SyncJob> {
  const dialect = oneOf<Dialect | 'auto'>('dialect', options.dialect, ['auto', ...dialects]);
  const scope = scopeFromOptions(options);
  const access = await sourceAccess(options, process.env, readAllStdin);
  return {
    dbPath: options.db,
    url: access.url,
    dialect,
    ...(scope === undefined ? {} : { scope }),
    ...(access.auth === undefined ? {} : { auth: access.auth }),
    strictIban: options.strictIban ?? false,
  };
}

async function runOnce(job: SyncJob, json: boolean, signal: AbortSignal): Promise<SyncSummary> {
  const display = json ? null : createProgressDisplay();
  const running = startSyncWorker(job, syncWorkerEntry(), (progress) => display?.update(progress));
  const cancel = () => {
    running.cancel();
  };
  signal.addEventListener('abort', cancel, { once: true });
  const summary = await running.done;
  signal.removeEventListener('abort', cancel);
  display?.stop();
  return summary;
}

function waitOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description('Sync a CDM API (either dialect) into a local database: clean, deduplicate, aggregate.')
    .requiredOption('--source <url>', 'base URL of the CDM API, e.g. http://127.0.0.1:8080')
    .requiredOption('--db <file>', 'the SQLite database file to sync into (created when missing)')
    .option('--dialect <dialect>', 'auto, exposer or cdm-api', 'auto')
    .option('--once', 'exit after one complete pass instead of refreshing on a schedule')
    .option('--interval <seconds>', 'seconds between refreshes when not --once (at least 60)', '900')
    .option('--token-env <name>', 'the environment variable holding the bearer token, e.g. CDM_TOKEN')
    .option('--user <user>', 'basic-auth user; the password is read from standard input')
    .option('--password-stdin', 'read the basic-auth password from standard input')
    .option(
      '--companies <ids>',
      "sync only these companies' transactions, e.g. 12,17,105 (stored as the source's scope)",
    )
    .option('--companies-file <file>', 'as --companies, from a file: ids one per line or comma-separated')
    .option('--all-companies', "sync the whole bank again (clears the source's stored scope)")
    .option('--strict-iban', 'quarantine IBANs that fail the ISO 13616 check (length, check digits)')
    .option('--json', 'print the final summary as JSON')
    .action(async (options: SyncOptions) => {
      const intervalMs = integerOption('interval', options.interval, minimumRefreshSeconds) * 1000;
      const job = await jobFrom(options);
      const controller = new AbortController();
      const interrupt = () => {
        controller.abort();
      };
      // A call, not a property read, so the check after an await is not narrowed away.
      const stopped = () => controller.signal.aborted;
      process.once('SIGINT', interrupt);
      process.once('SIGTERM', interrupt);
      try {
        for (;;) {
          const summary = await runOnce(job, options.json === true, controller.signal);
          if (options.json === true) printJson(summary);
          else process.stdout.write(`${formatSummary(summary)}\n`);
          if (summary.error !== null) {
            process.stderr.write(`cashflow: ${summary.error.message} [${summary.error.code}]\n`);
            process.exitCode = summary.outcome === 'cancelled' ? 130 : 1;
            return;
          }
          if (options.once === true || stopped()) return;
          await waitOrAbort(intervalMs, controller.signal);
          if (stopped()) return;
        }
      } finally {
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
      }
    });
}
