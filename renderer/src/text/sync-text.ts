/** One line saying what the sync is doing or did last, for the status bar and the empty state. */
import { formatCount } from '../../../shared/format';
import type { SyncPhase, SyncStatus } from '../../../shared/sync';

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
  const next =
    status.nextRefreshAt === null ? '' : ` · next refresh ${status.nextRefreshAt.slice(11, 16)} UTC`;
  if (last === null) return status.source === null ? 'No source yet' : `Not synced yet${next}`;
  if (last.outcome === 'failed') return `Last sync failed: ${last.error?.message ?? 'unknown reason'}${next}`;
  return `Last sync ${last.outcome} · ${formatCount(last.records)} records, ${formatCount(last.valid)} valid${next}`;
}
