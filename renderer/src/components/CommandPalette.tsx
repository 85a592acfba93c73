/**
 * The command palette (Ctrl/Cmd+K): one box to reach a company (search), a company opened lately,
 * a screen, or an action (back, theme, density, currency, sync). ↑/↓ choose, Enter runs, Esc
 * closes; Enter before the search answers opens the first company hit when it arrives.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { formatMoney } from '../../../shared/format';
import { useSyncStatus } from '../data/app-state';
import { useSyncNow } from '../data/sync-actions';
import { paletteCommands, matchesText } from '../keyboard/commands';
import { forgetReturnFocus, usePaletteStore } from '../keyboard/palette-store';
import { formatIban, shownIban, useCompanySearch } from '../search/company-search';
import { useFilterStore } from '../store/filter-store';
import { useNavStore } from '../store/nav-store';
import { useRecentStore } from '../store/recent-store';

interface Item {
  readonly key: string;
  readonly group: string;
  readonly label: string;
  readonly detail?: string;
  readonly run: () => void;
}

const companyHits = 6;

function Palette() {
  const close = usePaletteStore((state) => state.close);
  const currency = useFilterStore((state) => state.filter.currency);
  const openCompany = useNavStore((state) => state.openCompany);
  const recent = useRecentStore((state) => state.companies);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const search = useCompanySearch(text, currency, companyHits);
  const status = useSyncStatus().data;
  const syncNow = useSyncNow();
  const canSync = status !== undefined && status.source !== null && status.state !== 'running';
  const commands = paletteCommands({
    available: canSync,
    syncNow: () => {
      syncNow.mutate(undefined);
    },
  });

  const runAndClose = (run: () => void) => {
    forgetReturnFocus();
    close();
    run();
  };
  const company = (companyId: number, name: string) => () => {
    openCompany(companyId, name);
  };
  const items: Item[] = [
    ...(search.hits.status === 'ready'
      ? search.hits.value.map((hit) => ({
          key: `company-${String(hit.companyId)}`,
          group: 'Companies',
          label: hit.name,
          detail: `#${String(hit.companyId)} · ${formatIban(shownIban(hit, text))} · ${hit.inScope ? formatMoney(hit.balance, currency) : 'not in your portfolio'}`,
          run: company(hit.companyId, hit.name),
        }))
      : []),
    ...recent
      .filter((c) => matchesText(c.name, text))
      .map((c) => ({
        key: `recent-${String(c.companyId)}`,
        group: 'Recent companies',
        label: c.name,
        detail: `#${String(c.companyId)}`,
        run: company(c.companyId, c.name),
      })),
    ...commands
      .filter((command) => matchesText(command.label, text))
      .map((command) => ({
        key: command.id,
        group: command.group,
        label: command.label,
        ...(command.shortcut === undefined ? {} : { detail: command.shortcut }),
        run: command.run,
      })),
  ];
  const shownActive = active < items.length ? active : 0;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length > 0)
        setActive((shownActive + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[shownActive];
      if (item !== undefined) runAndClose(item.run);
      else if (search.hits.status === 'loading') {
        // Nothing else matches and the company search has not answered yet: its first hit opens
        // when it does.
        search.openFirstWhenReady((hit) => {
          runAndClose(company(hit.companyId, hit.name));
        });
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // The palette is modal: the focus stays in its box.
      event.preventDefault();
    }
  };

  let lastGroup = '';
  return (
    <div
      className="palette-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) close();
      }}
    >
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette">
        <input
          className="palette__input"
          role="combobox"
          aria-label="Command or company"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={items.length > 0 ? `${listId}-${String(shownActive)}` : undefined}
          placeholder="Type a company, a screen or an action…"
          autoFocus
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {search.hits.status === 'loading' && <p className="palette__note">Searching companies…</p>}
        {items.length === 0 && search.hits.status !== 'loading' && (
          <p className="palette__note">Nothing matches “{text.trim()}”.</p>
        )}
        <ul className="palette__list" id={listId} role="listbox" aria-label="Commands">
          {items.map((item, index) => {
            const heading = item.group !== lastGroup ? item.group : null;
            lastGroup = item.group;
            return (
              <li
                key={item.key}
                id={`${listId}-${String(index)}`}
                role="option"
                aria-selected={index === shownActive}
                className={index === shownActive ? 'palette__item palette__item--active' : 'palette__item'}
                onMouseDown={(event) => {
                  event.preventDefault();
                  runAndClose(item.run);
                }}
                onMouseEnter={() => {
                  setActive(index);
                }}
              >
                {heading !== null && (
                  <span className="palette__group" aria-hidden="true">
                    {heading}
                  </span>
                )}
                <span className="palette__label">{item.label}</span>
                {item.detail !== undefined && <span className="palette__detail">{item.detail}</span>}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

export function CommandPalette() {
  const open = usePaletteStore((state) => state.open);
  return open ? <Palette /> : null;
}
