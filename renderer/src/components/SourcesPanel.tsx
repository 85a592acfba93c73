/**
 * Sources and sync in Settings: every configured CDM source with its token's keeping and its last
 * run, "Sync now" per source, the running sync with Cancel, the refresh schedule, and the forms to
 * add, change or remove a source.
 */
import { useRef, useState } from 'react';
import type { SourceInfo, SyncStatus } from '../../../shared/sync';
import { useSyncStatus } from '../data/app-state';
import { appErrorOf } from '../data/contract-call';
import { loadOf, useContractQuery } from '../data/hooks';
import { useSourceRemove, useSyncCancel, useSyncNow } from '../data/sync-actions';
import { removesSomething, scopeText, type ScopeRemoval } from '../search/portfolio-scope';
import { sourceName } from '../text/source-name';
import { runText, syncText } from '../text/sync-text';
import { LoadNote, Panel } from './Panel';
import { ScopeDropOffer } from './ScopeDropOffer';
import { ScopeEditor } from './ScopeEditor';
import { SourceForm } from './SourceForm';
import '../styles/sources.css';

function tokenText(source: SourceInfo): string {
  if (!source.hasCredentials) return 'no token';
  return source.tokenForSessionOnly ? 'token kept for this session only' : 'token sealed in the keystore';
}

function Schedule({ status }: { readonly status: SyncStatus }) {
  const next = status.nextRefreshAt === null ? null : status.nextRefreshAt.slice(0, 16).replace('T', ' ');
  return (
    <p className="note" aria-label="Refresh schedule">
      After a complete pass the source is synced again every {status.refreshIntervalMinutes} minutes
      {next === null ? '; no refresh is scheduled now.' : `; next at ${next} UTC.`}
    </p>
  );
}

function SourceRow({ source, status }: { readonly source: SourceInfo; readonly status: SyncStatus }) {
  const [editing, setEditing] = useState<'source' | 'scope' | null>(null);
  // What the last portfolio save removed, while the drop of its data is offered.
  const [removed, setRemoved] = useState<ScopeRemoval>([]);
  const [scopeNote, setScopeNote] = useState<string | null>(null);
  // The focus goes back to "Portfolio" when its editor closes (the drop offer takes it otherwise).
  const portfolioButton = useRef<HTMLButtonElement>(null);
  const closeScopeEditor = () => {
    setEditing(null);
    requestAnimationFrame(() => portfolioButton.current?.focus());
  };
  const syncNow = useSyncNow();
  const remove = useSourceRemove();
  const running = status.state === 'running';
  const syncingThis = running && status.source?.sourceId === source.sourceId;
  const problem = syncNow.error ?? remove.error;
  const name = sourceName(source);
  return (
    <li className="source-row" aria-label={name}>
      <div className="source-row__main">
        <span className="source-row__name">{name}</span>
        <span className="dim">
          {source.dialect === 'exposer' ? 'CDM exposer' : 'CDM API'} · {tokenText(source)}
        </span>
        <span>Portfolio: {scopeText(source.scope)}</span>
        <span>
          {syncingThis
            ? syncText(status)
            : source.lastRun === null
              ? 'Never synced'
              : runText(source.lastRun)}
        </span>
      </div>
      <div className="source-row__actions">
        <button
          type="button"
          className="button"
          disabled={running || syncNow.isPending}
          onClick={() => {
            syncNow.mutate({ sourceId: source.sourceId });
          }}
        >
          Sync now
        </button>
        {!source.demo && (
          <button
            ref={portfolioButton}
            type="button"
            className="button"
            disabled={syncingThis}
            aria-expanded={editing === 'scope'}
            onClick={() => {
              setEditing(editing === 'scope' ? null : 'scope');
              setScopeNote(null);
            }}
          >
            Portfolio
          </button>
        )}
        {!source.demo && (
          <button
            type="button"
            className="button"
            disabled={syncingThis}
            aria-expanded={editing === 'source'}
            onClick={() => {
              setEditing(editing === 'source' ? null : 'source');
            }}
          >
            Edit
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={syncingThis || remove.isPending}
          onClick={() => {
            if (window.confirm(`Remove ${name}? The data it brought stays; its sync history goes.`))
              remove.mutate({ sourceId: source.sourceId });
          }}
        >
          Remove
        </button>
      </div>
      {problem !== null && (
        <p className="note note--error" role="alert">
          {appErrorOf(problem).message}
        </p>
      )}
      {editing === 'source' && (
        <SourceForm
          source={source}
          onDone={() => {
            setEditing(null);
          }}
        />
      )}
      {editing === 'scope' && (
        <ScopeEditor
          source={source}
          label={`Portfolio of ${name}`}
          onSaved={(saved, gone) => {
            if (!removesSomething(gone)) closeScopeEditor();
            else setEditing(null);
            setRemoved(gone);
            setScopeNote(
              `Portfolio saved: ${scopeText(saved.source.scope)}.${saved.syncing ? ' Syncing the history of the companies added.' : ''}`,
            );
          }}
          onCancel={closeScopeEditor}
        />
      )}
      {scopeNote !== null && (
        <p className="note source-row__note" role="status">
          {scopeNote}
        </p>
      )}
      {removesSomething(removed) && (
        <ScopeDropOffer
          sourceId={source.sourceId}
          removal={removed}
          onClose={() => {
            setRemoved([]);
            requestAnimationFrame(() => portfolioButton.current?.focus());
          }}
        />
      )}
    </li>
  );
}

export function SourcesPanel() {
  const status = useSyncStatus();
  const sources = useContractQuery('sourceList', undefined);
  const cancel = useSyncCancel();
  const [adding, setAdding] = useState(false);
  const value = status.data;
  return (
    <Panel
      title="Sources and sync"
      actions={
        value?.state === 'running' && (
          <button
            type="button"
            className="button"
            disabled={cancel.isPending}
            onClick={() => {
              cancel.mutate(undefined);
            }}
          >
            Cancel sync
          </button>
        )
      }
    >
      {value === undefined || sources.data === undefined ? (
        status.isError ? (
          <LoadNote load={loadOf(status)} />
        ) : (
          <LoadNote load={loadOf(sources)} />
        )
      ) : (
        <>
          <p className="note" aria-live="polite">
            {syncText(value)}
          </p>
          <Schedule status={value} />
          {sources.data.length === 0 ? (
            <p className="note">No source yet.</p>
          ) : (
            <ul className="source-list" aria-label="Sources">
              {sources.data.map((source) => (
                <SourceRow key={source.sourceId} source={source} status={value} />
              ))}
            </ul>
          )}
          {adding ? (
            <SourceForm
              onDone={() => {
                setAdding(false);
              }}
            />
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => {
                setAdding(true);
              }}
            >
              Add a source
            </button>
          )}
        </>
      )}
    </Panel>
  );
}
