/** The bottom bar: app version, where the data lives and how large it is, and the sync's state. */
import { formatBytes } from '../../../shared/format';
import { syncText } from '../text/sync-text';
import { useAppStore } from '../store/app-store';
import { useSyncStore } from '../store/sync-store';

function SyncStatusText() {
  const status = useSyncStore((state) => state.status);
  const syncNow = useSyncStore((state) => state.syncNow);
  const cancel = useSyncStore((state) => state.cancel);
  const busy = useSyncStore((state) => state.busy);
  const actionError = useSyncStore((state) => state.actionError);
  if (status === null || status === 'unavailable') return null;
  return (
    <span className="status-bar__sync">
      <span
        className={status.state === 'running' ? 'sync-dot sync-dot--running' : 'sync-dot'}
        aria-hidden="true"
      />
      {syncText(status)}
      {status.source !== null && status.state !== 'running' && (
        <button type="button" className="link-button" disabled={busy} onClick={() => void syncNow()}>
          Sync now
        </button>
      )}
      {status.state === 'running' && (
        <button type="button" className="link-button" disabled={busy} onClick={() => void cancel()}>
          Cancel
        </button>
      )}
      {actionError !== null && <span className="note--error">{actionError.message}</span>}
    </span>
  );
}

export function StatusBar() {
  const info = useAppStore((state) => state.info);
  if (info.status === 'failed') {
    return (
      <footer className="status-bar status-bar--error" role="status">
        {info.error.message}
      </footer>
    );
  }
  if (info.status !== 'ready')
    return (
      <footer className="status-bar" role="status">
        Starting…
      </footer>
    );
  const { version, databasePath, databaseBytes } = info.value;
  return (
    <footer className="status-bar" role="status">
      <span>Cashflow Monitor {version}</span>
      <span title={databasePath}>Database: {databaseBytes > 0 ? formatBytes(databaseBytes) : 'empty'}</span>
      <SyncStatusText />
    </footer>
  );
}
