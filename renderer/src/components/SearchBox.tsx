/**
 * Instant company search in the title bar: asks `searchCompanies` 120 ms after the last keystroke,
 * lists hits with id, IBAN, balance and a debt badge, and is driven by keyboard (↑/↓, Enter, Esc)
 * as a combobox, so analysts can jump between clients without the mouse.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/analytics';
import { formatMoney } from '../../../shared/format';
import { getApi } from '../api/client';
import { useFilterStore } from '../store/filter-store';
import { useNavStore } from '../store/nav-store';
import { settle, type Load } from '../store/load';

export const searchDebounceMs = 120;
const hitLimit = 8;

function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function SearchBox() {
  const currency = useFilterStore((state) => state.filter.currency);
  const openCompany = useNavStore((state) => state.openCompany);
  const [text, setText] = useState('');
  // The hits remember the text (and currency) they answer, so that Enter never opens a hit of an
  // older text and balances never show under the wrong currency.
  const [hits, setHits] = useState<{ readonly key: string; readonly load: Load<readonly SearchHit[]> }>({
    key: '',
    load: { status: 'idle' },
  });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const ticket = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const mine = ++ticket.current;
    // An empty box shows no list (showList below), so there is nothing to ask.
    if (query === '') return undefined;
    const timer = setTimeout(() => {
      void settle(getApi().searchCompanies({ text: query, limit: hitLimit, currency })).then((answer) => {
        // Only the answer to the latest text counts; slower answers to older text are dropped.
        if (mine !== ticket.current) return;
        setHits({ key: `${currency} ${query}`, load: answer });
        setActive(0);
      });
    }, searchDebounceMs);
    return () => {
      clearTimeout(timer);
    };
  }, [text, currency]);

  const current = hits.key === `${currency} ${text.trim()}` ? hits.load : { status: 'loading' as const };
  const list = current.status === 'ready' ? current.value : [];
  const choose = (hit: SearchHit | undefined) => {
    if (hit === undefined) return;
    openCompany(hit.companyId);
    setText('');
    setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (list.length > 0)
        setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(list[active]);
    } else if (event.key === 'Escape') {
      if (text === '') input.current?.blur();
      setText('');
      setOpen(false);
    }
  };

  const showList = open && text.trim() !== '' && current.status !== 'idle';
  return (
    <div className="search-box">
      <input
        ref={input}
        className="search"
        type="search"
        role="combobox"
        placeholder="Search companies by name, IBAN or id"
        aria-label="Search companies"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && list[active] !== undefined ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search-hits" id={listId} role="listbox" aria-label="Matching companies">
          {current.status === 'loading' && <li className="search-hits__note">Searching…</li>}
          {current.status === 'failed' && <li className="search-hits__note">{current.error.message}</li>}
          {current.status === 'ready' && list.length === 0 && (
            <li className="search-hits__note">No company matches “{text.trim()}”.</li>
          )}
          {list.map((hit, index) => (
            <li
              key={hit.companyId}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'search-hit search-hit--active' : 'search-hit'}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
              onMouseEnter={() => {
                setActive(index);
              }}
            >
              <div className="search-hit__main">
                <span className="search-hit__name">{hit.name}</span>
                <span className="search-hit__meta">
                  #{hit.companyId} · {formatIban(hit.ibans[0] ?? '')}
                  {hit.ibans.length > 1 ? ` +${hit.ibans.length - 1}` : ''}
                </span>
              </div>
              <div className="search-hit__side">
                <span className={hit.balance < 0 ? 'money money--negative' : 'money'}>
                  {formatMoney(hit.balance, currency)}
                </span>
                {hit.inDebt && <span className="badge badge--debt">debt</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
