/** A titled panel of the company view, with room for controls on the right of its title. */
import type { ReactNode } from 'react';
import type { Load } from '../store/load';

interface PanelProps {
  readonly title: string;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
}

export function Panel({ title, actions, children, className }: PanelProps) {
  return (
    <section className={className === undefined ? 'panel' : `panel ${className}`} aria-label={title}>
      <header className="panel__header">
        <h3>{title}</h3>
        {actions}
      </header>
      {children}
    </section>
  );
}

/** What a panel shows while its data is not there: a spinner line or the service's sentence. */
export function LoadNote<T>({ load }: { readonly load: Load<T> }) {
  if (load.status === 'failed')
    return (
      <p className="note note--error" role="alert">
        {load.error.message}
      </p>
    );
  if (load.status === 'ready') return null;
  return <p className="note">Loading…</p>;
}
