/**
 * Records identical apart from their id (docs/domain.md "Duplicates"): how many, whether the
 * setting leaves the later copies out, and the first groups with their ids.
 */
import { formatCount } from '../../../shared/format';
import type { PossibleDuplicates } from '../../../shared/quality';
import { Panel } from './Panel';

export function PossibleDuplicatesPanel({
  duplicates,
}: {
  readonly duplicates: PossibleDuplicates | undefined;
}) {
  if (duplicates === undefined) return null;
  return (
    <Panel title="Possible duplicates">
      <p className="note" aria-label="Possible duplicates">
        {formatCount(duplicates.groups)} groups of records identical apart from their id (
        {formatCount(duplicates.records)} records).{' '}
        {duplicates.excludeSetting
          ? `${formatCount(duplicates.excluded)} later copies are left out of every figure (Settings).`
          : 'Ids are not unique, so all of them count; Settings can leave the later copies out.'}
      </p>
      {duplicates.samples.length > 0 && (
        <table className="grid-table grid-table--dense" aria-label="Possible duplicate groups">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Time</th>
              <th scope="col">Payer → beneficiary</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Ids</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.samples.map((group) => (
              <tr
                key={`${group.source}-${group.ts}-${group.payer}-${group.beneficiary}-${group.ids.join(',')}`}
              >
                <td>{group.source.toUpperCase()}</td>
                <td className="mono">{group.ts}</td>
                <td className="mono">
                  {group.payer} → {group.beneficiary}
                </td>
                <td className="num">
                  {group.amount ?? '—'} {group.currency}
                </td>
                <td className="mono">{group.ids.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
