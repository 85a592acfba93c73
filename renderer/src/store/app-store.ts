/** Application-wide state: what the frame shows about the app itself. */
import { create } from 'zustand';
import type { AppInfo } from '../../../shared/app-info';
import type { AppError } from '../../../shared/result';
import { getApi } from '../api/client';

type Load<T> = { readonly status: 'idle' | 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'failed'; readonly error: AppError };

interface AppState {
  readonly info: Load<AppInfo>;
  readonly loadInfo: () => Promise<void>;
}

export const useAppStore = create<AppState>()((set) => ({
  info: { status: 'idle' },
  loadInfo: async () => {
    set({ info: { status: 'loading' } });
    const result = await getApi().appInfo();
    set({ info: result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error } });
  },
}));
