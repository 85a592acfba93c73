/**
 * The service map behind the contract: one plain-Node function per method, assembled from one
 * handler map per domain. The Electron shell and the HTTP test host both serve exactly this object.
 */
import type { Services } from '../../shared/api';
import { readAppInfo, type AppIdentity } from './app-info';
import { settingsHandlers } from './settings-handlers';
import type { DatabaseProvider } from './database-provider';
import { readHandlers, type ReadServices } from './queries/read-methods';
import { syncHandlers } from './sync-handlers';
import { reportHandlers, type ReportFileDialogs, type ReportWriter } from './report-service';
import type { SyncService } from './sync-service';

export interface ServiceContext {
  readonly identity: AppIdentity;
  readonly database: DatabaseProvider;
  /** Absent where nothing can be synced (e.g. a read-only browser test host). */
  readonly sync?: SyncService;
  /** The shell's save dialog and file manager; absent where nothing can be saved (the CLI). */
  readonly reportDialogs?: ReportFileDialogs;
  /** The clock reports print as generated-at; fixed in tests. */
  readonly now?: () => Date;
  /**
   * The read methods answered elsewhere: the desktop app's query workers (queries/query-pool.ts).
   * Without it (the CLI, the browser test host, tests) they run in this thread over `database`.
   */
  readonly reads?: ReadServices;
  /** Writes exports elsewhere: the desktop app's export worker. Without it, in this thread. */
  readonly reportWriter?: ReportWriter;
  /** Told after a write of the app's own (a settings change), so readers elsewhere drop their caches. */
  readonly afterWrite?: () => void;
}

/** Refuses two handler maps that both claim a method (a wiring mistake, caught at start-up). */
export function assertDistinctHandlers(...maps: readonly object[]): void {
  const seen = new Set<string>();
  for (const map of maps) {
    for (const name of Object.keys(map)) {
      if (seen.has(name)) throw new Error(`Two handlers for the method '${name}'.`);
      seen.add(name);
    }
  }
}

export function createServices(context: ServiceContext): Services {
  const app: Pick<Services, 'appInfo'> = { appInfo: () => readAppInfo(context.identity, context.database) };
  const reads = context.reads ?? readHandlers(context.database);
  const settingsWrite = settingsHandlers(context.database).settingsUpdate;
  const writes: Pick<Services, 'settingsUpdate'> = {
    settingsUpdate: (update) => {
      const result = settingsWrite(update);
      context.afterWrite?.();
      return result;
    },
  };
  const syncOnly = syncHandlers(context.sync);
  // A scope change or drop changes what the figures may show: readers elsewhere drop their caches.
  const sync: typeof syncOnly = {
    ...syncOnly,
    sourceAdd: async (request) => {
      const added = await syncOnly.sourceAdd(request);
      context.afterWrite?.();
      return added;
    },
    sourceUpdate: async (request) => {
      const updated = await syncOnly.sourceUpdate(request);
      context.afterWrite?.();
      return updated;
    },
    sourceRemove: (request) => {
      const left = syncOnly.sourceRemove(request);
      context.afterWrite?.();
      return left;
    },
    sourceScopeDrop: async (request) => {
      const dropped = await syncOnly.sourceScopeDrop(request);
      context.afterWrite?.();
      return dropped;
    },
  };
  // Reports read their figures through the finished map, built just below.
  let services: Services | null = null;
  const reports = reportHandlers({
    database: context.database,
    services: () => {
      if (services === null) throw new Error('Reports ran before the services were assembled.');
      return services;
    },
    dialogs: context.reportDialogs,
    writer: context.reportWriter,
    ...(context.now === undefined ? {} : { now: context.now }),
  });
  assertDistinctHandlers(app, reads, writes, sync, reports);
  services = { ...app, ...reads, ...writes, ...sync, ...reports };
  return services;
}
