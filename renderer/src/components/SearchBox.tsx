/**
 * Instant company search in the title bar: asks `searchCompanies` 120 ms after the last keystroke,
 * lists hits with id, IBAN, balance and a debt badge, and is driven by keyboard (↑/↓, Enter, Esc)
 * as a combobox, so analysts can jump between clients without the mouse.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/analytics';
import { formatMoney } from '../../../shared/format';
import { callContract } from '../data/contract-call';
import { contractKey, loadOf, skipToken, useContractQuery } from '../data/hooks';
import { useDebounced } from '../hooks/use-debounced';
import { useFilterStore } from '../store/filter-store';
import { useNavStore } from '../store/nav-store';

export const searchDebounceMs = 120;
const hitLimit = 8;

function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

/** The account that matched an IBAN search (typed with or without spaces), else the first one. */
export function shownIban(hit: SearchHit, text: string): string {
  const wanted = text.replace(/\s+/g, '').toUpperCase();
  const matching = hit.matched === 'iban' ? hit.ibans.find((iban) => iban.includes(wanted)) : undefined;
  return matching ?? hit.ibans[0] ?? '';
}

export function SearchBox() {
  const currency = useFilterStore((state) => state.filter.currency);
  const openCompany = useNavStore((state) => state.openCompany);
  const client = useQueryClient();
  const [text, setText] = useState('');
  const query = text.trim();
  const settled = useDebounced(query, searchDebounceMs);
  // Cached under [method, argument]: an answer to older text is never taken for the current one.
  const argument = { text: query, limit: hitLimit, currency };
  const hits = useContractQuery(
    'searchCompanies',
    settled === '' || settled !== query ? skipToken : argument,
  );
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const current = settled !== query ? { status: 'loading' as const } : loadOf(hits);
  const list = current.status === 'ready' ? current.value : [];
  // The highlighted hit is the likely next company: its header and cards are asked for already.
  const highlighted = list[active]?.companyId;
  useEffect(() => {
    if (highlighted === undefined) return;
    for (const [method, argument] of [
      ['companyProfile', { companyId: highlighted }],
      ['companySummary', { companyId: highlighted, currency }],
    ] as const)
      void client
        .query({ queryKey: contractKey(method, argument), queryFn: () => callContract(method, argument) })
        .catch(() => undefined);
  }, [client, highlighted, currency]);
  const choose = (hit: SearchHit | undefined) => {
    if (hit === undefined) return;
    openCompany(hit.companyId);
    setText('');
    setOpen(false);
    input.current?.blur();
  };
  /** Enter before the answer arrived: ask now (or take the answer in flight) and open the first hit. */
  const chooseWhenAnswered = () => {
    if (query === '') return;
    void client
      .query({
        queryKey: contractKey('searchCompanies', argument),
        queryFn: () => callContract('searchCompanies', argument),
      })
      .then(
        (answer) => {
          if (input.current?.value.trim() === query) choose(answer[0]);
        },
        () => undefined,
      );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (list.length > 0)
        setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current.status === 'ready') choose(list[active]);
      else chooseWhenAnswered();
    } else if (event.key === 'Escape') {
      if (text === '') input.current?.blur();
      setText('');
      setOpen(false);
    }
  };

  const showList = open && query !== '' && current.status !== 'idle';
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
                  #{hit.companyId} · {formatIban(shownIban(hit, text))}
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
