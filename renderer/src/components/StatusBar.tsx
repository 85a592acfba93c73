/** The bottom bar: app version, where the data lives and how large it is, and the sync's state. */
import { formatBytes, formatCount } from '../../../shared/format';
import type { SyncPhase, SyncStatus } from '../../../shared/sync';
import { useAppStore } from '../store/app-store';
import { useSyncStore } from '../store/sync-store';

const phaseNames: Record<SyncPhase, string> = {
  connecting: 'Connecting',
  companies: 'Companies',
  rates: 'Rates',
  sepa: 'SEPA',
  swift: 'SWIFT',
  waiting: 'Waiting',
  done: 'Done',
};

export function syncText(status: SyncStatus): string {
  if (status.state === 'running' && status.progress !== null) {
    const p = status.progress;
    const reached = p.periodReached === null ? '' : ` · reached ${p.periodReached}`;
    const eta = p.etaSeconds === null ? '' : ` · about ${Math.ceil(p.etaSeconds)} s left`;
    return `Syncing ${phaseNames[p.phase]} · ${formatCount(p.records)} records · ${formatCount(Math.round(p.recordsPerSecond))}/s${reached}${eta}`;
  }
  if (status.state === 'running') return 'Syncing…';
  const last = status.lastSummary;
  const next = status.nextRefreshAt === null ? '' : ` · next refresh ${status.nextRefreshAt.slice(11, 16)} UTC`;
  if (last === null) return status.source === null ? 'No source yet' : `Not synced yet${next}`;
  if (last.outcome === 'failed') return `Last sync failed: ${last.error?.message ?? 'unknown reason'}${next}`;
  return `Last sync ${last.outcome} · ${formatCount(last.records)} records, ${formatCount(last.valid)} valid${next}`;
}

function SyncStatusText() {
  const status = useSyncStore((state) => state.status);
  const syncNow = useSyncStore((state) => state.syncNow);
  const cancel = useSyncStore((state) => state.cancel);
  const busy = useSyncStore((state) => state.busy);
  const actionError = useSyncStore((state) => state.actionError);
  if (status === null || status === 'unavailable') return null;
  return (
    <span className="status-bar__sync">
      <span className={status.state === 'running' ? 'sync-dot sync-dot--running' : 'sync-dot'} aria-hidden="true" />
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
  if (info.status !== 'ready') return <footer className="status-bar" role="status">Starting…</footer>;
  const { version, databasePath, databaseBytes } = info.value;
  return (
    <footer className="status-bar" role="status">
      <span>Cashflow Monitor {version}</span>
      <span title={databasePath}>Database: {databaseBytes > 0 ? formatBytes(databaseBytes) : 'empty'}</span>
      <SyncStatusText />
    </footer>
  );
}
