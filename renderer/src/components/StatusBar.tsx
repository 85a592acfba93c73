/**
 * The bottom bar: app version, where the data lives and how large it is, and the sync's state,
 * read from the services on start, so a source configured in an earlier session shows with its
 * "Sync now" at once.
 */
import { formatBytes } from '../../../shared/format';
import type { SourceInfo } from '../../../shared/sync';
import { useAppInfo, useSyncStatus } from '../data/app-state';
import { useContractQuery } from '../data/hooks';
import { useSyncCancel, useSyncNow } from '../data/sync-actions';
import { syncText } from '../text/sync-text';

function SyncStatusText() {
  const status = useSyncStatus();
  const sources = useContractQuery('sourceList', undefined);
  const syncNow = useSyncNow();
  const cancel = useSyncCancel();
  if (status.data === undefined) return null;
  const value = status.data;
  // After a restart no source has run yet: the last configured one is what "Sync now" syncs.
  const source: SourceInfo | null = value.source ?? sources.data?.at(-1) ?? null;
  const busy = syncNow.isPending || cancel.isPending;
  const actionError = syncNow.error ?? cancel.error;
  return (
    <span className="status-bar__sync">
      <span
        className={value.state === 'running' ? 'sync-dot sync-dot--running' : 'sync-dot'}
        aria-hidden="true"
      />
      {syncText({ ...value, source })}
      {source !== null && value.state !== 'running' && (
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() => {
            syncNow.mutate({ sourceId: source.sourceId });
          }}
        >
          Sync now
        </button>
      )}
      {value.state === 'running' && (
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() => {
            cancel.mutate(undefined);
          }}
        >
          Cancel
        </button>
      )}
      {actionError !== null && <span className="note--error">{actionError.message}</span>}
    </span>
  );
}

export function StatusBar() {
  const info = useAppInfo();
  if (info.status === 'error') {
    return (
      <footer className="status-bar status-bar--error" role="status">
        {info.error.message}
      </footer>
    );
  }
  if (info.data === undefined)
    return (
      <footer className="status-bar" role="status">
        Starting…
      </footer>
    );
  const { version, databasePath, databaseBytes } = info.data;
  return (
    <footer className="status-bar" role="status">
      <span>Cashflow Monitor {version}</span>
      <span title={databasePath}>Database: {databaseBytes > 0 ? formatBytes(databaseBytes) : 'empty'}</span>
      <SyncStatusText />
    </footer>
  );
}
