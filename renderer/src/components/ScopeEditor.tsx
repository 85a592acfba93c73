/**
 * A source's portfolio editor in Settings: the whole bank or chosen companies, saved through
 * `sourceUpdate` (which keeps the address and token). What the save took out of the list is handed
 * back, so the source's row can offer to drop those companies' stored data.
 */
import { useState } from 'react';
import type { SourceInfo } from '../../../shared/sync';
import { appErrorOf } from '../data/contract-call';
import { useScopeSave, type ScopeSaved } from '../data/scope';
import {
  draftOf,
  removedCompanies,
  sameScope,
  scopeOfDraft,
  type ScopeRemoval,
} from '../search/portfolio-scope';
import { ScopeFields } from './ScopeFields';

interface ScopeEditorProps {
  readonly source: SourceInfo;
  readonly label: string;
  readonly onSaved: (saved: ScopeSaved, removed: ScopeRemoval) => void;
  readonly onCancel: () => void;
}

export function ScopeEditor({ source, label, onSaved, onCancel }: ScopeEditorProps) {
  const [draft, setDraft] = useState(() => draftOf(source.scope));
  const save = useScopeSave();
  const outcome = scopeOfDraft(draft);
  const unchanged = outcome.ok && sameScope(outcome.scope, source.scope);
  return (
    <form
      className="source-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (!outcome.ok || unchanged) return;
        const scope = outcome.scope;
        save.mutate(
          { source, scope },
          {
            onSuccess: (saved) => {
              onSaved(saved, removedCompanies(source.scope, scope));
            },
          },
        );
      }}
    >
      <ScopeFields draft={draft} onChange={setDraft} />
      <div className="settings-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!outcome.ok || unchanged || save.isPending}
        >
          Save portfolio
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
        {!outcome.ok && <span className="note">{outcome.reason}</span>}
      </div>
      {save.error !== null && (
        <p className="note note--error" role="alert">
          {appErrorOf(save.error).message}
        </p>
      )}
    </form>
  );
}
