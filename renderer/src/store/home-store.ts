/**
 * The home view's state: whether there is any data at all (the services answer `not-found` with a
 * sentence when nothing has been synced) and the companies opened in this session, newest first.
 */
import { create } from 'zustand';
import type { SearchHit } from '../../../shared/analytics';
import type { AppError } from '../../../shared/result';
import { getApi } from '../api/client';

export type DataPresence = { readonly status: 'checking' } | { readonly status: 'present' } | { readonly status: 'absent' | 'failed'; readonly error: AppError };

const recentLimit = 8;

interface HomeState {
  readonly presence: DataPresence;
  readonly recent: readonly SearchHit[];
  readonly checkData: () => Promise<void>;
  readonly remember: (hit: SearchHit) => void;
}

export const useHomeStore = create<HomeState>()((set) => ({
  presence: { status: 'checking' },
  recent: [],
  checkData: async () => {
    // An empty search touches the database without matching anything: the cheapest "is there data?".
    const answer = await getApi()
      .searchCompanies({ text: '' })
      .catch((cause: unknown) => ({ ok: false as const, error: { code: 'internal' as const, message: String(cause) } }));
    if (answer.ok) set({ presence: { status: 'present' } });
    else set({ presence: { status: answer.error.code === 'not-found' ? 'absent' : 'failed', error: answer.error } });
  },
  remember: (hit) => {
    set(({ recent }) => ({ recent: [hit, ...recent.filter((r) => r.companyId !== hit.companyId)].slice(0, recentLimit) }));
  },
}));
