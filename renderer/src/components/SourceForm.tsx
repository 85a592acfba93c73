/**
 * Adding or changing a CDM source: its address and token, a "Test connection" that asks the source
 * without storing anything, and the save (which the service tests again). Without a keystore the
 * token can be kept for this session only; the form says so and offers it.
 */
import { useState } from 'react';
import type { SourceInfo } from '../../../shared/sync';
import { appErrorOf } from '../data/contract-call';
import { useSourceAdd, useSourceTest, useSourceUpdate } from '../data/sync-actions';
import { draftOf, scopeOfDraft } from '../search/portfolio-scope';
import { ScopeFields } from './ScopeFields';

interface SourceFormProps {
  /** The source to change, or absent to add one. */
  readonly source?: SourceInfo;
  readonly onDone: () => void;
}

export function SourceForm({ source, onDone }: SourceFormProps) {
  const [url, setUrl] = useState(source?.url ?? '');
  const [token, setToken] = useState('');
  const [clearToken, setClearToken] = useState(false);
  const [sessionOnly, setSessionOnly] = useState(false);
  // A new source's portfolio; an existing one changes it under "Portfolio" instead.
  const [scopeDraft, setScopeDraft] = useState(() => draftOf(null));
  const scope = scopeOfDraft(scopeDraft);
  const test = useSourceTest();
  const add = useSourceAdd();
  const update = useSourceUpdate();
  const saving = source === undefined ? add : update;
  const busy = test.isPending || saving.isPending;
  const typedToken = token.trim() === '' ? {} : { token: token.trim() };
  const problem = saving.error === null ? null : appErrorOf(saving.error);
  const save = () => {
    test.reset();
    const done = { onSuccess: onDone };
    if (source === undefined) {
      if (!scope.ok) return;
      add.mutate(
        {
          url: url.trim(),
          scope: scope.scope,
          ...typedToken,
          ...(sessionOnly ? { tokenForSessionOnly: true } : {}),
        },
        done,
      );
    } else {
      update.mutate(
        {
          sourceId: source.sourceId,
          url: url.trim(),
          ...typedToken,
          ...(token.trim() === '' && clearToken ? { clearToken: true } : {}),
          ...(sessionOnly ? { tokenForSessionOnly: true } : {}),
        },
        done,
      );
    }
  };
  const label = source === undefined ? 'New source' : `Change ${source.url}`;
  return (
    <form
      className="source-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label className="field">
        <span>CDM API address</span>
        <input
          className="input"
          type="url"
          required
          placeholder="https://cdm.example.bank/api"
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
          }}
        />
      </label>
      <label className="field">
        <span>
          {source?.hasCredentials === true ? 'New token (blank keeps the current one)' : 'Token (optional)'}
        </span>
        <input
          className="input"
          type="password"
          autoComplete="off"
          value={token}
          onChange={(event) => {
            setToken(event.target.value);
          }}
        />
      </label>
      {source?.hasCredentials === true && token.trim() === '' && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={clearToken}
            onChange={(event) => {
              setClearToken(event.target.checked);
            }}
          />
          Remove the token
        </label>
      )}
      {source === undefined && <ScopeFields draft={scopeDraft} onChange={setScopeDraft} />}
      <div className="settings-form__actions">
        <button
          type="button"
          className="button"
          disabled={busy || url.trim() === ''}
          onClick={() => {
            saving.reset();
            test.mutate({ url: url.trim(), ...typedToken });
          }}
        >
          Test connection
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || url.trim() === '' || (source === undefined && !scope.ok)}
        >
          {source === undefined ? 'Add source' : 'Save source'}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {test.isSuccess && (
        <p className="note" role="status">
          The source answers as a {test.data.dialect === 'exposer' ? 'CDM exposer' : 'CDM API'}.
        </p>
      )}
      {test.error !== null && (
        <p className="note note--error" role="alert">
          {appErrorOf(test.error).message}
        </p>
      )}
      {problem !== null && (
        <p className="note note--error" role="alert">
          {problem.message}
        </p>
      )}
      {problem?.code === 'no-keystore' && token.trim() !== '' && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={sessionOnly}
            onChange={(event) => {
              setSessionOnly(event.target.checked);
            }}
          />
          Keep the token for this session only (asked again after the app restarts), then save again
        </label>
      )}
    </form>
  );
}
