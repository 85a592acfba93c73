/** How a running export reports progress and is told to stop. */
import type { ReportProgress } from '../../shared/reports';

export interface ExportControl {
  readonly signal?: AbortSignal;
  progress(progress: ReportProgress): void;
}

export const silentControl: ExportControl = { progress: () => undefined };
