/**
 * After companies left a source's portfolio (or the whole bank was narrowed to one): their stored
 * transactions stay (and no longer sync) unless the analyst drops them here. Says how many
 * transactions the drop deleted.
 */
import { formatCount } from '../../../shared/format';
import { appErrorOf } from '../data/contract-call';
import { useScopeDrop } from '../data/scope';
import { dropQuestion, type ScopeRemoval } from '../search/portfolio-scope';

interface ScopeDropOfferProps {
  readonly sourceId: number;
  readonly removal: ScopeRemoval;
  readonly onClose: () => void;
}

export function ScopeDropOffer({ sourceId, removal, onClose }: ScopeDropOfferProps) {
  const drop = useScopeDrop();
  const whose =
    removal === 'outside'
      ? 'outside the portfolio'
      : `of ${removal.length} ${removal.length === 1 ? 'company' : 'companies'}`;
  if (drop.isSuccess)
    return (
      <p className="note" role="status">
        Dropped {formatCount(drop.data.transactions)} stored{' '}
        {drop.data.transactions === 1 ? 'transaction' : 'transactions'} {whose}.{' '}
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </p>
    );
  return (
    <div className="confirm" role="alertdialog" aria-label="Drop the data of removed companies?">
      <p>{dropQuestion(removal)} Kept, it stays stored but no longer syncs.</p>
      <button
        type="button"
        className="button button--danger"
        disabled={drop.isPending}
        onClick={() => {
          drop.mutate(removal === 'outside' ? { sourceId } : { sourceId, companyIds: [...removal] });
        }}
      >
        Drop their data
      </button>
      <button type="button" className="button" autoFocus disabled={drop.isPending} onClick={onClose}>
        Keep it
      </button>
      {drop.error !== null && (
        <p className="note note--error" role="alert">
          {appErrorOf(drop.error).message}
        </p>
      )}
    </div>
  );
}
