/**
 * After companies left a source's portfolio: their stored transactions stay (and no longer sync)
 * unless the analyst drops them here. Says how many transactions the drop deleted.
 */
import { formatCount } from '../../../shared/format';
import { appErrorOf } from '../data/contract-call';
import { useScopeDrop } from '../data/scope';
import { dropQuestion } from '../search/portfolio-scope';

interface ScopeDropOfferProps {
  readonly sourceId: number;
  readonly companyIds: readonly number[];
  readonly onClose: () => void;
}

export function ScopeDropOffer({ sourceId, companyIds, onClose }: ScopeDropOfferProps) {
  const drop = useScopeDrop();
  const count = companyIds.length;
  if (drop.isSuccess)
    return (
      <p className="note" role="status">
        Dropped {formatCount(drop.data.transactions)} stored{' '}
        {drop.data.transactions === 1 ? 'transaction' : 'transactions'} of {count}{' '}
        {count === 1 ? 'company' : 'companies'}.{' '}
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </p>
    );
  return (
    <div className="confirm" role="alertdialog" aria-label="Drop the data of removed companies?">
      <p>{dropQuestion(count)} Kept, it stays stored but no longer syncs.</p>
      <button
        type="button"
        className="button button--danger"
        disabled={drop.isPending}
        onClick={() => {
          drop.mutate({ sourceId, companyIds: [...companyIds] });
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
