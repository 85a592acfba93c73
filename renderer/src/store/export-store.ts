/**
 * Exports from the app: one at a time, run by the main process after its save dialog. While one
 * runs, its progress is polled for the notice; when it ends, the notice says what was saved (with
 * "Show in folder"), that it was cancelled, or why it failed.
 */
import { create } from 'zustand';
import type { ReportProgress, ReportRequestInput, ReportWritten } from '../../../shared/reports';
import type { AppError } from '../../../shared/result';
import { getApi } from '../api/client';
import { settle } from './load';

export type ExportNotice =
  | { readonly kind: 'running'; readonly progress: ReportProgress | null }
  | { readonly kind: 'saved'; readonly written: ReportWritten }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: AppError };

interface ExportState {
  readonly notice: ExportNotice | null;
  readonly start: (request: ReportRequestInput) => Promise<void>;
  readonly cancel: () => Promise<void>;
  readonly reveal: () => Promise<void>;
  readonly dismiss: () => void;
}

/** How often the notice asks for progress while an export runs. */
const pollMs = 250;

export const useExportStore = create<ExportState>()((set, get) => ({
  notice: null,
  async start(request) {
    if (get().notice?.kind === 'running') return;
    set({ notice: { kind: 'running', progress: null } });
    const timer = setInterval(() => {
      void settle(getApi().reportStatus()).then((status) => {
        const notice = get().notice;
        if (status.status === 'ready' && notice?.kind === 'running')
          set({ notice: { kind: 'running', progress: status.value.progress } });
      });
    }, pollMs);
    const answer = await settle(getApi().reportExport(request));
    clearInterval(timer);
    if (answer.status === 'failed') set({ notice: { kind: 'failed', error: answer.error } });
    else if (answer.status === 'ready')
      set({
        notice:
          answer.value.status === 'saved' ? { kind: 'saved', written: answer.value } : { kind: 'cancelled' },
      });
  },
  async cancel() {
    await settle(getApi().reportCancel());
  },
  async reveal() {
    await settle(getApi().reportReveal());
  },
  dismiss() {
    if (get().notice?.kind !== 'running') set({ notice: null });
  },
}));
