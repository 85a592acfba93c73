/**
 * One sync run in a child process, for the crash tests: `node --import tsx crash-child.ts URL DB
 * DIALECT`. It commits often (small pages and commits) so a SIGKILL can land anywhere, reports
 * every page as one JSON progress line on stderr, prints its summary as JSON on stdout, and exits 0
 * only after a complete pass.
 */
import { runSyncJob } from '../../electron/sync/job';

const [url = '', dbPath = '', dialect = 'auto'] = process.argv.slice(2);
if (dialect !== 'auto' && dialect !== 'exposer' && dialect !== 'cdm-api') {
  throw new Error(`unknown dialect ${dialect}`);
}

const summary = await runSyncJob(
  {
    dbPath,
    url,
    dialect,
    tuning: {
      timeouts: { connectMs: 2000, headersMs: 2000, bodyMs: 2000 },
      retry: { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50, maxRetryAfterMs: 50 },
      pageLimit: 200,
      commitRecords: 500,
    },
  },
  {
    progressIntervalMs: 0,
    onProgress: (progress) => process.stderr.write(`${JSON.stringify(progress)}\n`),
  },
);
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exitCode = summary.outcome === 'complete' ? 0 : 1;
