/** One line saying what the sync is doing or did last, for the status bar and the empty state. */
import { formatCount } from '../../../shared/format';
import type { SourceRun, SyncPhase, SyncStatus } from '../../../shared/sync';

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
  if (last === null) {
    const run = status.source?.lastRun ?? null;
    if (status.source === null) return 'No source yet';
    if (run === null) return `Not synced yet${next}`;
    return `${runText(run)}${next}`;
  }
  if (last.outcome === 'failed') return `Last sync failed: ${last.error?.message ?? 'unknown reason'}${next}`;
  return `Last sync ${last.outcome} · ${formatCount(last.records)} records, ${formatCount(last.valid)} valid${next}`;
}

/** A stored run in one line: its outcome, when it ended (or started) in UTC, and what it brought. */
export function runText(run: SourceRun): string {
  const at = (run.finishedAt ?? run.startedAt).slice(0, 16).replace('T', ' ');
  if (run.outcome === null) return `Last sync started ${at} UTC and did not finish`;
  if (run.outcome === 'failed')
    return `Last sync failed ${at} UTC${run.error === null ? '' : `: ${run.error}`}`;
  const records = run.records === null ? '' : ` · ${formatCount(run.records)} records`;
  return `Last sync ${run.outcome} ${at} UTC${records}`;
}
