/** A stored source as the settings and the status bar see it: never its credentials, with its last run. */
import type { SourceInfo, SourceRun, SyncOutcome } from '../../shared/sync';
import type { ReadableDb } from '../db/connection';
import { allSourceScopes } from '../db/queries/scope';
import { latestRuns, type StoredRun, type StoredSource } from '../db/queries/sources';

export const demoSourceKey = 'demo://simulator';

const outcomes: readonly SyncOutcome[] = ['complete', 'cancelled', 'failed'];

function runOf(run: StoredRun): SourceRun {
  let records: number | null = null;
  let error: string | null = null;
  if (run.summary !== null) {
    try {
      const summary = JSON.parse(run.summary) as {
        readonly records?: unknown;
        readonly error?: { readonly message?: unknown } | null;
      };
      records = typeof summary.records === 'number' ? summary.records : null;
      error = typeof summary.error?.message === 'string' ? summary.error.message : null;
    } catch {
      // A summary that does not parse says nothing more than the outcome column.
    }
  }
  return {
    startedAt: new Date(run.startedMs).toISOString(),
    finishedAt: run.finishedMs === null ? null : new Date(run.finishedMs).toISOString(),
    outcome: outcomes.find((outcome) => outcome === run.outcome) ?? null,
    records,
    error,
  };
}

/** Describes sources, reading every source's latest run and every scope in one query each. */
export function sourceInfos(
  db: ReadableDb,
  rows: readonly StoredSource[],
  hasSessionToken: (sourceId: number) => boolean,
): SourceInfo[] {
  const runs = new Map(latestRuns(db).map((run) => [run.sourceId, run] as const));
  const scopes = allSourceScopes(db);
  return rows.map((row) => {
    const sessionToken = hasSessionToken(row.sourceId);
    const run = runs.get(row.sourceId);
    const scope = scopes.get(row.sourceId);
    return {
      sourceId: row.sourceId,
      url: row.url,
      dialect: row.dialect,
      hasCredentials: row.auth !== null || sessionToken,
      tokenForSessionOnly: sessionToken,
      addedAt: new Date(row.addedMs).toISOString(),
      demo: row.url === demoSourceKey,
      scope: scope === undefined ? null : { companyIds: scope },
      lastRun: run === undefined ? null : runOf(run),
    };
  });
}
