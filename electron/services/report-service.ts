/**
 * The app's report export: one export at a time, saved where the analyst chooses in the system's
 * save dialog (which proposes a name with the company, the range and the date, in the folder used
 * last, and itself asks before replacing a file), with progress to poll, a cancel, and "show in
 * folder" for the file just written. The dialog belongs to the Electron shell, handed in here;
 * without one (the CLI, a test host that stubs none) exporting answers a typed error.
 */
import { dirname, join } from 'node:path';
import type { Services } from '../../shared/api';
import {
  suggestedReportName,
  type ReportExportResult,
  type ReportFormat,
  type ReportProgress,
  type ReportRequest,
  type ReportStatus,
  type ReportWritten,
} from '../../shared/reports';
import { AppFailure } from '../../shared/result';
import type { ExportControl } from '../reports/export-control';
import type { DatabaseProvider } from './database-provider';
import { serviceReportInputs } from './report-inputs';

export interface ReportFileDialogs {
  /** The folder proposed before any export (the user's documents). */
  defaultFolder(): string;
  /** Asks where to save; null when the analyst cancels. Replacing a file is confirmed by the dialog. */
  chooseSavePath(suggestion: {
    readonly defaultPath: string;
    readonly format: ReportFormat;
  }): Promise<string | null>;
  showInFolder(path: string): void;
}

/**
 * Writes one report to a path the analyst chose, replacing a file there: in this thread by default,
 * in the desktop app by an export worker (queries/query-pool.ts), so its layout never blocks the window.
 */
export type ReportWriter = (
  request: ReportRequest,
  path: string,
  generatedAt: Date,
  control: ExportControl,
) => Promise<ReportWritten>;

export type ReportHandlers = Pick<
  Services,
  'reportExport' | 'reportStatus' | 'reportCancel' | 'reportReveal'
>;

export interface ReportServiceOptions {
  readonly database: DatabaseProvider;
  /** The whole service map, read when an export runs (reports read their figures through it). */
  readonly services: () => Services;
  readonly dialogs?: ReportFileDialogs | undefined;
  readonly now?: () => Date;
  readonly writer?: ReportWriter | undefined;
}

/** The writer of the CLI, the test host and the tests: figures through the service map, in this thread. */
function inThisThread(options: ReportServiceOptions): ReportWriter {
  return async (request, path, generatedAt, control) => {
    const inputs = serviceReportInputs(options.services(), options.database, () => generatedAt);
    // Loaded on first export: the PDF and chart code is large and no other call needs it.
    const { writeReport } = await import('../reports/write-report');
    // The save dialog has already asked before replacing an existing file.
    return writeReport(inputs, request, path, { overwrite: true, control });
  };
}

export function reportHandlers(options: ReportServiceOptions): ReportHandlers {
  const now = options.now ?? (() => new Date());
  let running: AbortController | null = null;
  let progress: ReportProgress | null = null;
  let last: ReportWritten | null = null;
  let lastFolder: string | null = null;
  const status = (): ReportStatus => ({ running: running !== null, progress, last });

  const subjectOf = async (request: ReportRequest) => {
    if (request.scope === 'portfolio') return null;
    const summary = await options.services().companySummary({ companyId: request.companyId });
    return { name: summary.name, companyId: summary.companyId };
  };

  const exportReport = async (request: ReportRequest): Promise<ReportExportResult> => {
    const dialogs = options.dialogs;
    if (dialogs === undefined)
      throw new AppFailure('not-found', 'Saving files is not available in this window.');
    if (running !== null)
      throw new AppFailure('db-busy', 'An export is already running; wait for it or cancel it.');
    const name = suggestedReportName(request, await subjectOf(request), now().toISOString().slice(0, 10));
    const path = await dialogs.chooseSavePath({
      defaultPath: join(lastFolder ?? dialogs.defaultFolder(), name),
      format: request.format,
    });
    if (path === null) return { status: 'cancelled' };
    lastFolder = dirname(path);
    const controller = new AbortController();
    running = controller;
    progress = { phase: 'starting', done: 0, total: null };
    try {
      const write = options.writer ?? inThisThread(options);
      last = await write(request, path, now(), {
        signal: controller.signal,
        progress: (next) => {
          progress = next;
        },
      });
      return last;
    } catch (cause) {
      if (cause instanceof AppFailure && cause.code === 'cancelled') return { status: 'cancelled' };
      throw cause;
    } finally {
      running = null;
      progress = null;
    }
  };

  return {
    reportExport: exportReport,
    reportStatus: status,
    reportCancel: () => {
      running?.abort();
      return status();
    },
    reportReveal: () => {
      if (last === null || options.dialogs === undefined) return false;
      options.dialogs.showInFolder(last.path);
      return true;
    },
  };
}
