/**
 * The app-wide keys: Ctrl/Cmd+K opens the command palette, `/` focuses the search, Alt+←/→ and the
 * mouse's back/forward buttons walk the navigation history, and Esc outside a field leaves a
 * company for where the analyst came from. Keys typed into a field stay the field's.
 */
import { useEffect } from 'react';
import { useFilterStore } from '../store/filter-store';
import { useHistoryStore } from '../store/history';
import { useNavStore } from '../store/nav-store';
import { usePaletteStore } from './palette-store';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type);
}

/** Esc from a company: back where the analyst came from, or the portfolio when it opened the app. */
function leaveCompany(): void {
  const { places, index, back } = useHistoryStore.getState();
  if (index > 0 && places[index - 1] !== undefined) back();
  else useNavStore.getState().goHome();
}

export function useGlobalShortcuts(searchInputId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const palette = usePaletteStore.getState();
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (palette.open) palette.close();
        else palette.show();
        return;
      }
      if (palette.open || event.defaultPrevented) return;
      if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        event.preventDefault();
        if (event.key === 'ArrowLeft') useHistoryStore.getState().back();
        else useHistoryStore.getState().forward();
        return;
      }
      if (isEditable(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/') {
        event.preventDefault();
        document.getElementById(searchInputId)?.focus();
      } else if (event.key === 'Escape') {
        const inCompany =
          useNavStore.getState().section === 'portfolio' && useFilterStore.getState().filter.company !== null;
        // An open menu, drawer or dialog closes on Esc by itself; only a plain Esc on the page goes back.
        const somethingOpen = document.querySelector('details[open], [role="dialog"], [aria-modal="true"]');
        if (inCompany && somethingOpen === null) {
          event.preventDefault();
          leaveCompany();
        }
      }
    };
    // Mouse buttons 3 and 4 are "back" and "forward" on most mice.
    const onMouseUp = (event: MouseEvent) => {
      if (event.button === 3) useHistoryStore.getState().back();
      else if (event.button === 4) useHistoryStore.getState().forward();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('mouseup', onMouseUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('mouseup', onMouseUp);
    };
  }, [searchInputId]);
}
