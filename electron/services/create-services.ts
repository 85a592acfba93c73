/**
 * The service map behind the contract: one plain-Node function per method, assembled from one
 * handler map per domain. The Electron shell and the HTTP test host both serve exactly this object.
 */
import type { Services } from '../../shared/api';
import { analyticsHandlers } from './analytics-handlers';
import { readAppInfo, type AppIdentity } from './app-info';
import { insightHandlers } from './insight-handlers';
import { settingsHandlers } from './settings-handlers';
import type { DatabaseProvider } from './database-provider';
import { syncHandlers } from './sync-handlers';
import { reportHandlers, type ReportFileDialogs } from './report-service';
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
  const analytics = analyticsHandlers(context.database);
  const insights = insightHandlers(context.database);
  const settings = settingsHandlers(context.database);
  const sync = syncHandlers(context.sync);
  // Reports read their figures through the finished map, built just below.
  let services: Services | null = null;
  const reports = reportHandlers({
    database: context.database,
    services: () => {
      if (services === null) throw new Error('Reports ran before the services were assembled.');
      return services;
    },
    dialogs: context.reportDialogs,
    ...(context.now === undefined ? {} : { now: context.now }),
  });
  assertDistinctHandlers(app, analytics, insights, settings, sync, reports);
  services = { ...app, ...analytics, ...insights, ...settings, ...sync, ...reports };
  return services;
}
