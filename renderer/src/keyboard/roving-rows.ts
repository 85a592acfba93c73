/**
 * A roving tab stop over a table's rows: the table is one Tab stop (the active row), ↑/↓ move
 * between rows, Home/End and PageUp/PageDown jump, Enter opens the row. The active row is the
 * caller's state, so it can survive the table leaving the page (a company opened from it).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useHistoryStore } from '../store/history';
import { nextRow } from './next-row';

export interface RowProps {
  readonly tabIndex: 0 | -1;
  readonly ref: (element: HTMLTableRowElement | null) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  readonly onFocus: () => void;
  readonly onClick: () => void;
}

export function useRovingRows<K extends number>(
  keys: readonly K[],
  active: K | null,
  setActive: (key: K) => void,
  open: (key: K) => void,
): (key: K) => RowProps {
  const rows = useRef(new Map<K, HTMLTableRowElement>());
  const current = active !== null && keys.includes(active) ? active : (keys[0] ?? null);
  // The row active when the table appeared; later changes move the focus themselves.
  const arrival = useRef(active !== null && keys.includes(active) ? active : null);

  useEffect(() => {
    // Coming back to this table after a navigation: the focus returns to the row it left from.
    const key = arrival.current;
    const row = key === null ? undefined : rows.current.get(key);
    if (row !== undefined && useHistoryStore.getState().takeFocus()) row.focus({ preventScroll: true });
  }, []);

  return (key) => ({
    tabIndex: key === current ? 0 : -1,
    ref: (element) => {
      if (element === null) rows.current.delete(key);
      else rows.current.set(key, element);
    },
    onFocus: () => {
      if (key !== active) setActive(key);
    },
    onClick: () => {
      setActive(key);
      open(key);
    },
    onKeyDown: (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        open(key);
        return;
      }
      const index = keys.indexOf(key);
      const target = nextRow(event.key, index, keys.length);
      if (target === null) return;
      event.preventDefault();
      const targetKey = keys[target];
      if (targetKey === undefined) return;
      setActive(targetKey);
      rows.current.get(targetKey)?.focus();
    },
  });
}
