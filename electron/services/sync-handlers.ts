/**
 * The source and sync methods of the contract. Where no sync service exists (the browser test host
 * without one), they answer a typed error instead of pretending.
 */
import type { Services } from '../../shared/api';
import { AppFailure } from '../../shared/result';
import type { SyncService } from './sync-service';

export type SyncHandlers = Pick<
  Services,
  | 'sourceList'
  | 'sourceTest'
  | 'sourceAdd'
  | 'sourceUpdate'
  | 'sourceRemove'
  | 'sourceScopeDrop'
  | 'syncStart'
  | 'syncCancel'
  | 'syncStatus'
  | 'demoStart'
>;

export function syncHandlers(sync: SyncService | undefined): SyncHandlers {
  const service = (): SyncService => {
    if (sync === undefined) throw new AppFailure('not-found', 'Syncing is not available in this window.');
    return sync;
  };
  return {
    sourceList: () => service().sources(),
    sourceTest: ({ url, dialect, token }) => service().test({ url, dialect, token }),
    sourceAdd: ({ url, dialect, token, tokenForSessionOnly, scope }) =>
      service().add({ url, dialect, token, tokenForSessionOnly: tokenForSessionOnly === true, scope }),
    sourceUpdate: ({ sourceId, url, dialect, token, clearToken, tokenForSessionOnly, scope }) =>
      service().update({
        sourceId,
        url,
        dialect,
        token,
        clearToken,
        tokenForSessionOnly: tokenForSessionOnly === true,
        scope,
      }),
    sourceRemove: ({ sourceId }) => service().remove(sourceId),
    sourceScopeDrop: ({ sourceId, companyIds }) => service().dropScope(sourceId, companyIds),
    syncStart: (argument) => service().start(argument?.sourceId),
    syncCancel: () => {
      service().cancel();
      return service().status();
    },
    syncStatus: () => service().status(),
    demoStart: () => service().startDemo(),
  };
}
