/** How a running export reports progress and is told to stop. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ReportProgress } from '../../shared/reports';
import { AppFailure } from '../../shared/result';

export interface ExportControl {
  readonly signal?: AbortSignal;
  progress(progress: ReportProgress): void;
}

export const silentControl: ExportControl = { progress: () => undefined };

/** Stops the export here when it was cancelled. */
export function stopIfCancelled(control: ExportControl): void {
  if (control.signal?.aborted === true) throw new AppFailure('cancelled', 'The export was cancelled.');
}

/**
 * Between two steps of a PDF: lets the thread take up other messages (in the app's export worker,
 * a cancel arrives as one), then stops if the export was cancelled meanwhile.
 */
export async function checkpoint(control: ExportControl): Promise<void> {
  await nextTurn();
  stopIfCancelled(control);
}
