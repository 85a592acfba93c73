/**
 * What a company combobox keeps (the text typed, whether its list is open, the highlighted option)
 * and its input's ARIA wiring, shared by the title bar's search and the portfolio picker so both
 * behave alike: typing opens the list and highlights the first option, ↑/↓ move round it, focus
 * opens and blur closes it. Options take the ids `${listId}-${index}`; the option count comes from
 * the hits, which answer the text this hook holds.
 */
import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export function useCombobox() {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  /** The highlighted option among `count`: the first when the list got shorter. */
  const shownActive = (count: number) => (active < count ? active : 0);
  return {
    text,
    setText,
    open,
    setOpen,
    listId,
    shownActive,
    setActive,
    /** Empties the text and highlights the first option again. */
    clear: () => {
      setText('');
      setActive(0);
    },
    /** ↑/↓ open the list and move the highlight round its `count` options; true for those keys. */
    moveHighlight: (event: KeyboardEvent<HTMLInputElement>, count: number): boolean => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : count - 1;
      if (count > 0) setActive((index) => (index + step) % count);
      return true;
    },
    /** The input's props, for a list of `count` options shown (or not) under it. */
    inputProps: (showList: boolean, count: number) => ({
      type: 'search',
      role: 'combobox',
      'aria-expanded': showList,
      'aria-controls': listId,
      'aria-autocomplete': 'list' as const,
      'aria-activedescendant':
        showList && shownActive(count) < count ? `${listId}-${shownActive(count)}` : undefined,
      value: text,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setText(event.target.value);
        setActive(0);
        setOpen(true);
      },
      onFocus: () => {
        setOpen(true);
      },
      onBlur: () => {
        setOpen(false);
      },
    }),
  };
}
