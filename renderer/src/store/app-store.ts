/** Application-wide state: what the frame shows about the app itself. */
import { create } from 'zustand';
import type { AppInfo } from '../../../shared/app-info';
import { getApi } from '../api/client';
import { settle, type Load } from './load';

interface AppState {
  readonly info: Load<AppInfo>;
  readonly loadInfo: () => Promise<void>;
}

export const useAppStore = create<AppState>()((set) => ({
  info: { status: 'idle' },
  loadInfo: async () => {
    set({ info: { status: 'loading' } });
    set({ info: await settle(getApi().appInfo()) });
  },
}));
