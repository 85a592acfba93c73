/**
 * Picks companies for a portfolio from the bank's synced company list: a combobox over the same
 * search as the title bar (name, id or IBAN), driven by ↑/↓, Enter and Esc. Choosing a hit adds it
 * and clears the text, so the next client can be typed at once; hits already chosen say so. A typed
 * id that the list does not have yet (a new source before its first sync) can be chosen as it is.
 */
import type { KeyboardEvent } from 'react';
import { formatIban, shownIban, useCompanySearch } from '../search/company-search';
import { typedCompanyId } from '../search/portfolio-scope';
import { useCombobox } from '../search/use-combobox';
import { useFilterStore } from '../store/filter-store';

const hitLimit = 8;

export interface PickedCompany {
  readonly companyId: number;
  /** Null for an id typed that the synced list does not have. */
  readonly name: string | null;
}

interface CompanyPickerProps {
  readonly chosen: readonly number[];
  readonly onPick: (company: PickedCompany) => void;
}

export function CompanyPicker({ chosen, onPick }: CompanyPickerProps) {
  const currency = useFilterStore((state) => state.filter.currency);
  const { text, setText, open, listId, setActive, clear, moveHighlight, inputProps, ...combobox } =
    useCombobox();
  const { hits } = useCompanySearch(text, currency, hitLimit);
  const list = hits.status === 'ready' ? hits.value : [];
  const typedId = typedCompanyId(text);
  const offerTyped =
    typedId !== null && hits.status !== 'loading' && !list.some((hit) => hit.companyId === typedId);
  const choices: readonly PickedCompany[] = [
    ...list.map((hit) => ({ companyId: hit.companyId, name: hit.name })),
    ...(offerTyped ? [{ companyId: typedId, name: null }] : []),
  ];
  const shownActive = combobox.shownActive(choices.length);
  const pick = (choice: PickedCompany | undefined) => {
    if (choice === undefined || chosen.includes(choice.companyId)) return;
    onPick(choice);
    clear();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (moveHighlight(event, choices.length)) return;
    if (event.key === 'Enter') {
      // Enter adds the highlighted company; it never submits the form around the picker.
      event.preventDefault();
      pick(choices[shownActive]);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
    }
  };
  const optionProps = (index: number, choice: PickedCompany) => ({
    id: `${listId}-${index}`,
    role: 'option',
    'aria-selected': index === shownActive,
    'aria-disabled': chosen.includes(choice.companyId),
    className: index === shownActive ? 'search-hit search-hit--active' : 'search-hit',
    // mousedown, not click: the input's blur would close the list before a click lands.
    onMouseDown: (event: { preventDefault: () => void }) => {
      event.preventDefault();
      pick(choice);
    },
    onMouseEnter: () => {
      setActive(index);
    },
  });
  const showList = open && text.trim() !== '' && hits.status !== 'idle';
  return (
    <div className="company-picker">
      <input
        className="input"
        placeholder="Add a company by name, id or IBAN"
        aria-label="Add a company to the portfolio"
        {...inputProps(showList, choices.length)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-hits">
          {hits.status === 'loading' && <p className="search-hits__note">Searching…</p>}
          {hits.status === 'failed' && !offerTyped && (
            <p className="search-hits__note">{hits.error.message}</p>
          )}
          {hits.status === 'ready' && choices.length === 0 && (
            <p className="search-hits__note">No synced company matches “{text.trim()}”.</p>
          )}
          <ul className="search-hits__list" id={listId} role="listbox" aria-label="Companies to add">
            {list.map((hit, index) => (
              <li key={hit.companyId} {...optionProps(index, { companyId: hit.companyId, name: hit.name })}>
                <div className="search-hit__main">
                  <span className="search-hit__name">{hit.name}</span>
                  <span className="search-hit__meta">
                    #{hit.companyId} · {formatIban(shownIban(hit, text))}
                  </span>
                </div>
                {chosen.includes(hit.companyId) && <span className="badge">chosen</span>}
              </li>
            ))}
            {offerTyped && (
              <li key="typed" {...optionProps(list.length, { companyId: typedId, name: null })}>
                <div className="search-hit__main">
                  <span className="search-hit__name">Company #{typedId}</span>
                  <span className="search-hit__meta">not in the synced company list yet</span>
                </div>
                {chosen.includes(typedId) && <span className="badge">chosen</span>}
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
