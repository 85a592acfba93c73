/**
 * Picks companies for a portfolio from the bank's synced company list: a combobox over the same
 * search as the title bar (name, id or IBAN), driven by ↑/↓, Enter and Esc. Choosing a hit adds it
 * and clears the text, so the next client can be typed at once; hits already chosen say so.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/analytics';
import { formatIban, shownIban, useCompanySearch } from '../search/company-search';
import { useFilterStore } from '../store/filter-store';

const hitLimit = 8;

interface CompanyPickerProps {
  readonly chosen: readonly number[];
  readonly onPick: (hit: SearchHit) => void;
}

export function CompanyPicker({ chosen, onPick }: CompanyPickerProps) {
  const currency = useFilterStore((state) => state.filter.currency);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { hits } = useCompanySearch(text, currency, hitLimit);
  const list = hits.status === 'ready' ? hits.value : [];
  const shownActive = active < list.length ? active : 0;
  const pick = (hit: SearchHit | undefined) => {
    if (hit === undefined || chosen.includes(hit.companyId)) return;
    onPick(hit);
    setText('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (list.length > 0)
        setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length);
    } else if (event.key === 'Enter') {
      // Enter adds the highlighted company; it never submits the form around the picker.
      event.preventDefault();
      pick(list[shownActive]);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
    }
  };
  const showList = open && text.trim() !== '' && hits.status !== 'idle';
  return (
    <div className="company-picker">
      <input
        className="input"
        type="search"
        role="combobox"
        placeholder="Add a company by name, id or IBAN"
        aria-label="Add a company to the portfolio"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          showList && list[shownActive] !== undefined ? `${listId}-${shownActive}` : undefined
        }
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
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
        <div className="search-hits">
          {hits.status === 'loading' && <p className="search-hits__note">Searching…</p>}
          {hits.status === 'failed' && <p className="search-hits__note">{hits.error.message}</p>}
          {hits.status === 'ready' && list.length === 0 && (
            <p className="search-hits__note">No synced company matches “{text.trim()}”.</p>
          )}
          <ul className="search-hits__list" id={listId} role="listbox" aria-label="Companies to add">
            {list.map((hit, index) => {
              const taken = chosen.includes(hit.companyId);
              return (
                <li
                  key={hit.companyId}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === shownActive}
                  aria-disabled={taken}
                  className={index === shownActive ? 'search-hit search-hit--active' : 'search-hit'}
                  // mousedown, not click: the input's blur would close the list before a click lands.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(hit);
                  }}
                  onMouseEnter={() => {
                    setActive(index);
                  }}
                >
                  <div className="search-hit__main">
                    <span className="search-hit__name">{hit.name}</span>
                    <span className="search-hit__meta">
                      #{hit.companyId} · {formatIban(shownIban(hit, text))}
                    </span>
                  </div>
                  {taken && <span className="badge">chosen</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
