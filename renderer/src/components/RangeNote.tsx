/**
 * Says when figures cover less than the range asked for because the synced data does (docs/domain.md
 * "Balances": nothing is computed for days outside the synced span).
 */
import type { RangeBounds } from '../../../shared/analytics';

export function RangeNote({
  bounds,
  from,
  to,
}: {
  readonly bounds: RangeBounds;
  readonly from: string;
  readonly to: string;
}) {
  if (bounds.span == null || (bounds.clampedFrom == null && bounds.clampedTo == null)) return null;
  return (
    <p className="note note--clamped" role="note">
      Figures cover {from} – {to} only: the synced data runs from {bounds.span.from} to {bounds.span.to}
      {bounds.clampedFrom != null ? `, not from ${bounds.clampedFrom}` : ''}
      {bounds.clampedTo != null
        ? `${bounds.clampedFrom != null ? ' nor' : ', not'} to ${bounds.clampedTo}`
        : ''}
      .
    </p>
  );
}
