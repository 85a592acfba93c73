/** The export's notice: progress with Cancel while it runs, then what was saved, with "Show in folder". */
import { formatBytes, formatCount } from '../../../shared/format';
import { useExportNotice } from '../data/export';
import { useContractMutation } from '../data/hooks';

function progressText(done: number, total: number | null, phase: string): string {
  if (phase === 'rows')
    return total === null
      ? `${formatCount(done)} rows`
      : `${formatCount(done)} of ${formatCount(total)} rows`;
  return phase === 'writing' ? 'Writing the file…' : 'Preparing the figures…';
}

export function ExportNotice() {
  const { notice, dismiss } = useExportNotice();
  const cancel = useContractMutation('reportCancel');
  const reveal = useContractMutation('reportReveal');
  if (notice === null) return null;
  return (
    <div className="export-notice" role="status" aria-label="Export">
      {notice.kind === 'running' && (
        <>
          <span>
            Exporting…{' '}
            {notice.progress !== null &&
              progressText(notice.progress.done, notice.progress.total, notice.progress.phase)}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => {
              cancel.mutate(undefined);
            }}
          >
            Cancel
          </button>
        </>
      )}
      {notice.kind === 'saved' && (
        <>
          <span>
            Saved <b>{notice.written.path.split(/[\\/]/).pop()}</b> (
            {notice.written.rows !== null
              ? `${formatCount(notice.written.rows)} rows`
              : `${formatCount(notice.written.pages ?? 0)} pages`}
            , {formatBytes(notice.written.bytes)})
          </span>
          <button
            type="button"
            className="button"
            onClick={() => {
              reveal.mutate(undefined);
            }}
          >
            Show in folder
          </button>
        </>
      )}
      {notice.kind === 'cancelled' && <span>Export cancelled; nothing was written.</span>}
      {notice.kind === 'failed' && <span className="note--error">{notice.error.message}</span>}
      {notice.kind !== 'running' && (
        <button type="button" className="link-button" aria-label="Dismiss" onClick={dismiss}>
          ×
        </button>
      )}
    </div>
  );
}
