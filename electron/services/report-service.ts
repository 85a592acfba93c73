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
      const inputs = serviceReportInputs(options.services(), options.database, now);
      // Loaded on first export: the PDF and chart code is large and no other call needs it.
      const { writeReport } = await import('../reports/write-report');
      last = await writeReport(inputs, request, path, {
        // The save dialog has already asked before replacing an existing file.
        overwrite: true,
        control: {
          signal: controller.signal,
          progress: (next) => {
            progress = next;
          },
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
