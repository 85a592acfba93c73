/**
 * The portfolio choice of a source, as fields of a form: the whole bank, or selected companies
 * picked from the synced company list and shown by name and id, each with its remove button.
 * Controlled: the form around it owns the draft and saves it.
 */
import { useId, useState } from 'react';
import { skipToken, useContractQuery } from '../data/hooks';
import { withCompany, withoutCompany, type ScopeDraft } from '../search/portfolio-scope';
import { CompanyPicker } from './CompanyPicker';
import '../styles/scope.css';

/** A chosen company's name: the one the search gave when it was added, else its profile's. */
function ChosenName({
  companyId,
  known,
}: {
  readonly companyId: number;
  readonly known?: string | undefined;
}) {
  const profile = useContractQuery('companyProfile', known === undefined ? { companyId } : skipToken);
  if (known !== undefined) return <>{known}</>;
  if (profile.data !== undefined) return <>{profile.data.name}</>;
  return <span className="dim">{profile.isError ? 'not synced yet' : 'Loading…'}</span>;
}

interface ScopeFieldsProps {
  readonly draft: ScopeDraft;
  readonly onChange: (draft: ScopeDraft) => void;
}

export function ScopeFields({ draft, onChange }: ScopeFieldsProps) {
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map());
  const listId = useId();
  const selected = draft.mode === 'selected';
  return (
    <fieldset className="scope-fields">
      <legend>Portfolio</legend>
      <p className="note">
        The company list of the whole bank always syncs; transactions sync for the portfolio only.
      </p>
      <div className="scope-fields__modes">
        <label className="toggle">
          <input
            type="radio"
            name={`${listId}-mode`}
            checked={!selected}
            onChange={() => {
              onChange({ ...draft, mode: 'whole' });
            }}
          />
          Whole bank
        </label>
        <label className="toggle">
          <input
            type="radio"
            name={`${listId}-mode`}
            checked={selected}
            onChange={() => {
              onChange({ ...draft, mode: 'selected' });
            }}
          />
          Selected companies
        </label>
      </div>
      {selected && (
        <>
          <CompanyPicker
            chosen={draft.companyIds}
            onPick={(company) => {
              if (company.name !== null) setNames(new Map(names).set(company.companyId, company.name));
              onChange(withCompany(draft, company.companyId));
            }}
          />
          {draft.companyIds.length === 0 ? (
            <p className="note">No company chosen yet.</p>
          ) : (
            <ul className="scope-list" aria-label="Companies in the portfolio">
              {draft.companyIds.map((companyId) => (
                <li key={companyId} className="scope-list__item" aria-labelledby={`${listId}-${companyId}`}>
                  <span className="scope-list__name" id={`${listId}-${companyId}`}>
                    <ChosenName companyId={companyId} known={names.get(companyId)} />
                  </span>
                  <span className="mono dim">#{companyId}</span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onChange(withoutCompany(draft, companyId));
                    }}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
