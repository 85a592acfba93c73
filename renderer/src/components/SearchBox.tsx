/**
 * Instant company search in the title bar (`/` focuses it): lists hits with id, IBAN (the matching
 * one when the text is an IBAN), balance and a debt badge, and is driven by keyboard (↑/↓, Enter,
 * Esc) as a combobox, so analysts can jump between clients without the mouse. Enter typed before
 * the answer arrives opens the first hit when it does.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/analytics';
import { formatMoney } from '../../../shared/format';
import { callContract } from '../data/contract-call';
import { contractKey } from '../data/hooks';
import { formatIban, shownIban, useCompanySearch } from '../search/company-search';
import { useCombobox } from '../search/use-combobox';
import { useFilterStore } from '../store/filter-store';
import { useNavStore } from '../store/nav-store';

const hitLimit = 8;
/** The `/` shortcut focuses the element with this id. */
export const searchInputId = 'company-search';

export function SearchBox() {
  const currency = useFilterStore((state) => state.filter.currency);
  const openCompany = useNavStore((state) => state.openCompany);
  const { text, setText, open, setOpen, listId, setActive, clear, moveHighlight, inputProps, ...combobox } =
    useCombobox();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  // The hits answer the text (and currency) as it is now, so Enter never opens a hit of older text.
  const { hits: current, openFirstWhenReady } = useCompanySearch(text, currency, hitLimit);
  const list = current.status === 'ready' ? current.value : [];
  const shownActive = combobox.shownActive(list.length);
  // The highlighted hit is the likely next company: its header and cards are asked for already.
  const highlighted = list[shownActive]?.companyId;
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
    openCompany(hit.companyId, hit.name);
    clear();
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (moveHighlight(event, list.length)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      // Before the answer arrives, Enter opens the first hit as soon as it does.
      if (current.status === 'ready') choose(list[shownActive]);
      else openFirstWhenReady(choose);
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
        id={searchInputId}
        className="search"
        placeholder="Search companies by name, IBAN or id"
        aria-label="Search companies"
        {...inputProps(showList, list.length)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-hits">
          {current.status === 'loading' && <p className="search-hits__note">Searching…</p>}
          {current.status === 'failed' && <p className="search-hits__note">{current.error.message}</p>}
          {current.status === 'ready' && list.length === 0 && (
            <p className="search-hits__note">No company matches “{text.trim()}”.</p>
          )}
          <ul className="search-hits__list" id={listId} role="listbox" aria-label="Matching companies">
            {list.map((hit, index) => (
              <li
                key={hit.companyId}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === shownActive}
                className={index === shownActive ? 'search-hit search-hit--active' : 'search-hit'}
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
                  {hit.inScope ? (
                    <span className={hit.balance < 0 ? 'money money--negative' : 'money'}>
                      {formatMoney(hit.balance, currency)}
                    </span>
                  ) : (
                    // Its transactions are not synced: a balance would be a made-up zero.
                    <span className="badge">not in your portfolio</span>
                  )}
                  {hit.inDebt && <span className="badge badge--debt">debt</span>}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
