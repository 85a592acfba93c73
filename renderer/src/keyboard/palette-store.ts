/** Whether the command palette is open (Ctrl/Cmd+K), and where the focus goes back when it closes. */
import { create } from 'zustand';

interface PaletteState {
  readonly open: boolean;
  readonly show: () => void;
  readonly close: () => void;
}

let returnFocus: HTMLElement | null = null;

export const usePaletteStore = create<PaletteState>()((set, get) => ({
  open: false,
  show: () => {
    if (get().open) return;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    set({ open: true });
  },
  close: () => {
    set({ open: false });
    returnFocus?.focus();
    returnFocus = null;
  },
}));

/** After a command navigates, the new view takes the focus instead of the element before the palette. */
export function forgetReturnFocus(): void {
  returnFocus = null;
}
