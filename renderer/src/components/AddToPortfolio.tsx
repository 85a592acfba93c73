/**
 * "Add to portfolio" for a company outside the analyst's scope: adds it to the one source whose
 * chosen list lacks it, or asks which source when there are several, and syncs its history.
 * Where no source can take it, it points to Settings (or shows nothing when this window cannot sync).
 */
import { useState } from 'react';
import { appErrorOf } from '../data/contract-call';
import { useContractQuery } from '../data/hooks';
import { useScopeSave } from '../data/scope';
import { sourcesMissing, withCompany, draftOf, scopeOfDraft } from '../search/portfolio-scope';
import { sourceName } from '../text/source-name';
import '../styles/scope.css';

interface AddToPortfolioProps {
  readonly companyId: number;
  readonly name: string;
}

export function AddToPortfolio({ companyId, name }: AddToPortfolioProps) {
  const sources = useContractQuery('sourceList', undefined);
  const save = useScopeSave();
  const [chosen, setChosen] = useState<number | null>(null);
  if (save.isSuccess)
    return (
      <p className="note" role="status">
        {name} is in your portfolio now.{' '}
        {save.data.syncing ? 'Its history is being synced.' : 'Its history comes with the next sync.'}
      </p>
    );
  const targets = sourcesMissing(sources.data ?? [], companyId);
  const target = targets.find((source) => source.sourceId === chosen) ?? targets[0];
  if (target === undefined)
    // No sync in this window, or no source with a chosen list lacking it: Settings is where to look.
    return sources.data === undefined ? null : (
      <p className="note">To sync it, add it to a source&apos;s portfolio in Settings.</p>
    );
  const add = () => {
    const scope = scopeOfDraft(withCompany(draftOf(target.scope), companyId));
    if (scope.ok) save.mutate({ source: target, scope: scope.scope });
  };
  return (
    <div className="add-to-portfolio">
      {targets.length > 1 && (
        <label className="field">
          <span>Source</span>
          <select
            value={target.sourceId}
            onChange={(event) => {
              setChosen(Number(event.target.value));
            }}
          >
            {targets.map((source) => (
              <option key={source.sourceId} value={source.sourceId}>
                {sourceName(source)}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="button button--primary" disabled={save.isPending} onClick={add}>
        Add to portfolio
      </button>
      {save.error !== null && (
        <p className="note note--error" role="alert">
          {appErrorOf(save.error).message}
        </p>
      )}
    </div>
  );
}
