/**
 * The empty state's next step: start the bundled demo data, or add a CDM API source and sync it,
 * for the whole bank or only the analyst's portfolio (companies typed by id: no company list is
 * synced yet). Shown only where this window can sync (the desktop app, not a read-only test host).
 */
import { useState } from 'react';
import { useSyncStatus } from '../data/app-state';
import { useAddSourceAndSync, useStartDemo } from '../data/sync-actions';
import { draftOf, scopeOfDraft } from '../search/portfolio-scope';
import { syncText } from '../text/sync-text';
import { ScopeFields } from './ScopeFields';

export function SourceSetup() {
  const status = useSyncStatus().data;
  const demo = useStartDemo();
  const add = useAddSourceAndSync();
  const busy = demo.isPending || add.isPending;
  const actionError = (demo.error ?? add.error)?.error ?? null;
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [scopeDraft, setScopeDraft] = useState(() => draftOf(null));
  const scope = scopeOfDraft(scopeDraft);
  const addSourceAndSync = (address: string, text: string, sessionOnly = false) => {
    if (!scope.ok) return;
    demo.reset();
    add.mutate({
      url: address,
      scope: scope.scope,
      ...(text.trim() === '' ? {} : { token: text.trim() }),
      ...(sessionOnly ? { tokenForSessionOnly: true } : {}),
    });
  };
  if (status === undefined) return null;
  if (status.state === 'running')
    return (
      <p className="note" aria-live="polite">
        {syncText(status)}
      </p>
    );
  return (
    <div className="source-setup">
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => {
          add.reset();
          demo.mutate(undefined);
        }}
      >
        Start with demo data
      </button>
      <form
        className="source-setup__form"
        onSubmit={(event) => {
          event.preventDefault();
          addSourceAndSync(url.trim(), token);
        }}
      >
        <input
          className="input"
          type="url"
          required
          placeholder="https://cdm.example.bank/api"
          aria-label="CDM API address"
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
          }}
        />
        <input
          className="input"
          type="password"
          placeholder="Token (optional)"
          aria-label="Access token"
          value={token}
          onChange={(event) => {
            setToken(event.target.value);
          }}
        />
        <ScopeFields draft={scopeDraft} onChange={setScopeDraft} />
        <button type="submit" className="button" disabled={busy || url.trim() === '' || !scope.ok}>
          Connect and sync
        </button>
      </form>
      {actionError !== null && (
        <p className="note note--error" role="alert">
          {actionError.message}
        </p>
      )}
      {actionError?.code === 'no-keystore' && token.trim() !== '' && (
        <p className="note">
          Without a keystore the token cannot be kept safely on this computer. You can still use it until the
          app quits; you will be asked for it again next time.{' '}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              addSourceAndSync(url.trim(), token, true);
            }}
          >
            Use the token for this session only
          </button>
        </p>
      )}
    </div>
  );
}
