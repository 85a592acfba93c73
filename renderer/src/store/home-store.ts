/**
 * The home view's state: whether there is any data at all (the services answer `not-found` with a
 * sentence when nothing has been synced).
 */
import { create } from 'zustand';
import type { AppError } from '../../../shared/result';
import { getApi } from '../api/client';

export type DataPresence =
  | { readonly status: 'checking' }
  | { readonly status: 'present' }
  | { readonly status: 'absent' | 'failed'; readonly error: AppError };

interface HomeState {
  readonly presence: DataPresence;
  readonly checkData: () => Promise<void>;
}

export const useHomeStore = create<HomeState>()((set) => ({
  presence: { status: 'checking' },
  checkData: async () => {
    // An empty search touches the database without matching anything: the cheapest "is there data?".
    const answer = await getApi()
      .searchCompanies({ text: '' })
      .catch((cause: unknown) => ({
        ok: false as const,
        error: { code: 'internal' as const, message: String(cause) },
      }));
    if (answer.ok) set({ presence: { status: 'present' } });
    else
      set({
        presence: { status: answer.error.code === 'not-found' ? 'absent' : 'failed', error: answer.error },
      });
  },
}));
