/**
 * The desktop app's sync: configured sources, one sync at a time in a worker thread, progress and
 * the last summary for the status bar, and a refresh schedule that polls for new data after each
 * complete pass. "Use demo data" starts the bundled simulator and syncs it like any source.
 */
import type { Dialect } from '../../shared/domain';
import { AppFailure, toAppError } from '../../shared/result';
import type {
  ScopeDropResult,
  SourceCheck,
  SourceInfo,
  SyncProgress,
  SyncStatus,
  SyncSummary,
} from '../../shared/sync';
import { readScalarSettings } from '../settings/settings';
import { replaceSourceScope } from '../db/mutations/scope';
import { removeSource, saveSource, updateSource } from '../db/mutations/sources';
import { findSource, listSources, type StoredSource } from '../db/queries/sources';
import { createSource } from '../sources/create-source';
import { sourceUrlProblem, type SourceAuth } from '../sources/http/source-url';
import { failedSummary, type SyncJob } from '../sync/job';
import { startSyncWorker, type RunningSync } from '../sync/start-sync-worker';
import type { WorkerEntry } from '../sync/worker-entry';
import type { DatabaseProvider } from './database-provider';
import { dropOutOfScope } from './scope-drop';
import { demoSourceKey, sourceInfos } from './source-info';

export { demoSourceKey };

/** Seals credentials at rest (Electron's safeStorage in the app). */
export interface SecretBox {
  seal(text: string): string;
  open(sealed: string): string;
}

export interface DemoSimulator {
  /** Starts the simulator (once) and answers its base URL. */
  url(): Promise<string>;
  close(): Promise<void>;
}

export interface SyncServiceOptions {
  readonly database: DatabaseProvider;
  readonly dbPath: string;
  readonly workerEntry: WorkerEntry;
  readonly secrets: SecretBox;
  readonly demo?: DemoSimulator;
  readonly refreshIntervalMs?: number;
  readonly clock?: () => number;
}

export interface AddSourceRequest {
  readonly url: string;
  readonly dialect: Dialect | 'auto';
  readonly token?: string | undefined;
  /** Hold the token in memory only, for a system without a keystore (see secret-box). */
  readonly tokenForSessionOnly?: boolean;
  /** The companies to sync (null: the whole bank); on update, absent keeps the stored scope. */
  readonly scope?: { readonly companyIds: readonly number[] } | null | undefined;
}

export interface UpdateSourceRequest extends AddSourceRequest {
  readonly sourceId: number;
  /** Drop the stored token (no `token` given). */
  readonly clearToken: boolean;
}

export interface SyncService {
  status(): SyncStatus;
  sources(): SourceInfo[];
  test(request: AddSourceRequest): Promise<SourceCheck>;
  add(request: AddSourceRequest): Promise<SourceInfo>;
  /** Tests the changed connection first; a source being synced cannot change. */
  update(request: UpdateSourceRequest): Promise<SourceInfo>;
  /** Forgets a source (not while it is being synced) and answers the sources left. */
  remove(sourceId: number): SourceInfo[];
  /** Deletes the data of companies taken out of the source's scope (not while it is being synced). */
  dropScope(sourceId: number, companyIds: readonly number[] | undefined): ScopeDropResult;
  start(sourceId?: number): SourceInfo;
  cancel(): void;
  startDemo(): Promise<SourceInfo>;
  dispose(): Promise<void>;
}

export function createSyncService(options: SyncServiceOptions): SyncService {
  const clock = options.clock ?? Date.now;
  const refreshIntervalMs = options.refreshIntervalMs ?? 15 * 60_000;
  let running: RunningSync | null = null;
  let current: StoredSource | null = null;
  let progress: SyncProgress | null = null;
  let lastSummary: SyncSummary | null = null;
  let refreshTimer: NodeJS.Timeout | null = null;
  let nextRefreshMs: number | null = null;
  // Tokens the analyst chose to keep for this session only (no keystore): never written anywhere.
  const sessionTokens = new Map<number, string>();
  const hasSessionToken = (sourceId: number) => sessionTokens.has(sourceId);
  const describeAll = (rows: readonly StoredSource[]): SourceInfo[] =>
    sourceInfos(options.database.write(), rows, hasSessionToken);
  const describe = (row: StoredSource): SourceInfo => {
    const [described] = describeAll([row]);
    if (described === undefined) throw new Error('A source could not be described.');
    return described;
  };
  const refuseWhileSyncing = (sourceId: number, what: string) => {
    if (running !== null && current?.sourceId === sourceId)
      throw new AppFailure('db-busy', `This source is being synced: cancel the sync before you ${what} it.`);
  };

  const requireSource = (sourceId?: number): StoredSource => {
    const db = options.database.write();
    const row = sourceId === undefined ? (listSources(db).at(-1) ?? null) : findSource(db, sourceId);
    if (row === null)
      throw new AppFailure('not-found', 'No CDM source is configured yet: add one or use the demo data.');
    return row;
  };

  const clearSchedule = () => {
    if (refreshTimer !== null) clearTimeout(refreshTimer);
    refreshTimer = null;
    nextRefreshMs = null;
  };

  const launch = async (row: StoredSource): Promise<void> => {
    const url = row.url === demoSourceKey ? await demoUrl() : row.url;
    const token = row.auth === null ? sessionTokens.get(row.sourceId) : options.secrets.open(row.auth);
    const auth: SourceAuth | undefined = token === undefined ? undefined : { token };
    const job: SyncJob = {
      dbPath: options.dbPath,
      url,
      sourceKey: row.url,
      dialect: row.dialect,
      // The analyst's setting at the moment the sync starts.
      strictIban: readScalarSettings(options.database.write()).strictIban,
      ...(auth === undefined ? {} : { auth }),
    };
    const sync = startSyncWorker(job, options.workerEntry, (next) => {
      progress = next;
    });
    running = sync;
    lastSummary = await sync.done;
    running = null;
    progress = null;
  };

  /**
   * One pass, whatever goes wrong before or inside the worker recorded as the last summary, then the
   * next refresh scheduled: after a failed pass too (the source may be back by then), but not after a
   * cancel. Nothing here can reject, so a failing refresh never ends the schedule unseen.
   */
  const runPass = async (row: StoredSource): Promise<void> => {
    try {
      await launch(row);
    } catch (cause) {
      running = null;
      progress = null;
      lastSummary = failedSummary(toAppError(cause), 0);
    }
    if (lastSummary?.outcome === 'cancelled' || current !== row) return;
    nextRefreshMs = clock() + refreshIntervalMs;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      nextRefreshMs = null;
      if (current !== null) void runPass(current);
    }, refreshIntervalMs);
    refreshTimer.unref();
  };

  const demoUrl = (): Promise<string> => {
    if (options.demo === undefined)
      throw new AppFailure('not-found', 'The demo simulator is not available in this build.');
    return options.demo.url();
  };

  const startOn = (row: StoredSource): SourceInfo => {
    if (running !== null)
      throw new AppFailure('db-busy', 'A sync is already running; cancel it or wait for it to finish.');
    clearSchedule();
    current = row;
    void runPass(row);
    return describe(row);
  };

  return {
    status() {
      const state = running !== null ? 'running' : refreshTimer !== null ? 'waiting' : 'idle';
      return {
        state,
        source: current === null ? null : describe(current),
        progress,
        lastSummary,
        nextRefreshAt: nextRefreshMs === null ? null : new Date(nextRefreshMs).toISOString(),
        refreshIntervalMinutes: refreshIntervalMs / 60_000,
      };
    },
    sources() {
      return describeAll(listSources(options.database.write()));
    },
    async test(request) {
      const problem = sourceUrlProblem(request.url, request.token !== undefined);
      if (problem !== null) throw new AppFailure('invalid-argument', problem);
      const source = await createSource({
        url: request.url,
        dialect: request.dialect,
        ...(request.token === undefined ? {} : { auth: { token: request.token } }),
      });
      await source.close();
      return { url: request.url, dialect: source.dialect };
    },
    async add(request) {
      const check = await this.test(request);
      const sessionOnly = request.tokenForSessionOnly === true;
      const sealed = request.token === undefined || sessionOnly ? null : options.secrets.seal(request.token);
      const db = options.database.write();
      const sourceId = saveSource(db, request.url, check.dialect, sealed, clock());
      replaceSourceScope(db, sourceId, request.scope?.companyIds ?? null);
      if (sessionOnly && request.token !== undefined) sessionTokens.set(sourceId, request.token);
      return describe(requireSource(sourceId));
    },
    async update(request) {
      const row = requireSource(request.sourceId);
      refuseWhileSyncing(row.sourceId, 'change');
      if (row.url === demoSourceKey)
        throw new AppFailure('invalid-argument', 'The demo source cannot be changed.');
      const db = options.database.write();
      const keptToken = row.auth === null ? sessionTokens.get(row.sourceId) : options.secrets.open(row.auth);
      if (request.token === undefined) {
        // The token stays as it is kept (sealed, or for this session), or goes when asked to.
        const token = request.clearToken ? undefined : keptToken;
        const check = await this.test({ url: request.url, dialect: request.dialect, token });
        updateSource(db, row.sourceId, {
          url: request.url,
          dialect: check.dialect,
          auth: request.clearToken ? null : row.auth,
        });
        if (request.clearToken) sessionTokens.delete(row.sourceId);
      } else {
        const check = await this.test({ url: request.url, dialect: request.dialect, token: request.token });
        const sessionOnly = request.tokenForSessionOnly === true;
        const auth = sessionOnly ? null : options.secrets.seal(request.token);
        updateSource(db, row.sourceId, { url: request.url, dialect: check.dialect, auth });
        if (sessionOnly) sessionTokens.set(row.sourceId, request.token);
        else sessionTokens.delete(row.sourceId);
      }
      if (request.scope !== undefined)
        replaceSourceScope(db, row.sourceId, request.scope?.companyIds ?? null);
      const updated = requireSource(row.sourceId);
      if (current?.sourceId === row.sourceId) current = updated;
      return describe(updated);
    },
    remove(sourceId) {
      const row = requireSource(sourceId);
      refuseWhileSyncing(row.sourceId, 'remove');
      removeSource(options.database.write(), row.sourceId);
      sessionTokens.delete(row.sourceId);
      if (current?.sourceId === row.sourceId) {
        clearSchedule();
        current = null;
      }
      return this.sources();
    },
    dropScope(sourceId, companyIds) {
      const row = requireSource(sourceId);
      refuseWhileSyncing(row.sourceId, 'drop data of');
      return dropOutOfScope(options.database.write(), row.sourceId, companyIds);
    },
    start(sourceId) {
      return startOn(requireSource(sourceId));
    },
    cancel() {
      clearSchedule();
      running?.cancel();
    },
    async startDemo() {
      await demoUrl();
      const db = options.database.write();
      const sourceId = saveSource(db, demoSourceKey, 'cdm-api', null, clock());
      return startOn(requireSource(sourceId));
    },
    async dispose() {
      clearSchedule();
      running?.cancel();
      await running?.done;
      await options.demo?.close();
    },
  };
}
