/**
 * Sync status for the status bar and the empty state: polled from `sync:status` (fast while a sync
 * runs, slowly otherwise). Where syncing is not available (the services answer with an error, e.g.
 * a read-only window) polling stops and the status bar shows app info only.
 */
import { create } from 'zustand';
import type { SyncStatus } from '../../../shared/sync';
import type { AppError, Result } from '../../../shared/result';
import { getApi } from '../api/client';
import { settle } from './load';
import { useAppStore } from './app-store';
import { useHomeStore } from './home-store';

const runningPollMs = 1000;
const idlePollMs = 15_000;

interface SyncState {
  /** null until the first answer; 'unavailable' where this window cannot sync. */
  readonly status: SyncStatus | 'unavailable' | null;
  readonly actionError: AppError | null;
  readonly busy: boolean;
  readonly poll: () => Promise<void>;
  readonly startDemo: () => Promise<void>;
  /** `sessionOnly`: keep the token in memory until the app quits (offered when there is no keystore). */
  readonly addSourceAndSync: (url: string, token: string, sessionOnly?: boolean) => Promise<void>;
  readonly syncNow: () => Promise<void>;
  readonly cancel: () => Promise<void>;
}

let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(poll: () => Promise<void>, delay: number): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => void poll(), delay);
}

export const useSyncStore = create<SyncState>()((set, get) => {
  /** Runs a sync action, then polls at once so the bar shows it starting. */
  const act = async (action: () => Promise<Result<unknown>>) => {
    set({ busy: true, actionError: null });
    const answer = await settle(action());
    set({ busy: false, actionError: answer.status === 'failed' ? answer.error : null });
    await get().poll();
  };
  return {
    status: null,
    actionError: null,
    busy: false,
    poll: async () => {
      const previous = get().status;
      const answer = await settle(getApi().syncStatus());
      if (answer.status !== 'ready') {
        set({ status: 'unavailable' });
        return;
      }
      set({ status: answer.value });
      const wasRunning = previous !== null && previous !== 'unavailable' && previous.state === 'running';
      // A finished sync may have brought the first data: look again.
      if (wasRunning && answer.value.state !== 'running') {
        void useHomeStore.getState().checkData();
        void useAppStore.getState().loadInfo();
      }
      schedule(get().poll, answer.value.state === 'running' ? runningPollMs : idlePollMs);
    },
    startDemo: () => act(() => getApi().demoStart()),
    addSourceAndSync: (url, token, sessionOnly = false) =>
      act(async () => {
        const added = await getApi().sourceAdd({
          url,
          ...(token.trim() === '' ? {} : { token: token.trim() }),
          ...(sessionOnly ? { tokenForSessionOnly: true } : {}),
        });
        if (!added.ok) return added;
        return getApi().syncStart({ sourceId: added.value.sourceId });
      }),
    syncNow: () => act(() => getApi().syncStart()),
    cancel: () => act(() => getApi().syncCancel()),
  };
});
