/** The bottom bar: app version, where the data lives and how large it is. */
import { formatBytes } from '../../../shared/format';
import { useAppStore } from '../store/app-store';

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
    </footer>
  );
}
