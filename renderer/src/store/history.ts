/**
 * The navigation history: every place the analyst went (a section, or a company inside the
 * portfolio), with Back and Forward over it like a browser's. It records by watching the stores
 * that say where the app is, so any way of getting somewhere (search, palette, a table row, a
 * counterparty link) is a step. It also remembers each place's scroll position, and whether the
 * next view should take the keyboard focus (after a navigation, not on every render).
 */
import { create } from 'zustand';
import { useFilterStore } from './filter-store';
import { useNavStore, type Section } from './nav-store';

export interface Place {
  readonly section: Section;
  /** The open company; only inside the portfolio section. */
  readonly company: number | null;
}

/** How many steps Back can go; older ones are forgotten. */
export const historyLimit = 100;

interface HistoryState {
  readonly places: readonly Place[];
  readonly index: number;
  /** Set by a navigation; the view that takes the focus clears it. */
  readonly focusPending: boolean;
  readonly back: () => void;
  readonly forward: () => void;
  readonly takeFocus: () => boolean;
}

export function placeKey(place: Place): string {
  return place.company === null ? place.section : `${place.section}/${String(place.company)}`;
}

export function currentPlace(): Place {
  const section = useNavStore.getState().section;
  const company = useFilterStore.getState().filter.company;
  return { section, company: section === 'portfolio' ? company : null };
}

/** Scroll offsets of the content column per place, saved when the analyst leaves it. */
export const scrollMemory = new Map<string, number>();

let restoring = false;

function go(place: Place): void {
  restoring = true;
  try {
    const nav = useNavStore.getState();
    if (place.section !== 'portfolio') nav.show(place.section);
    else if (place.company === null) nav.goHome();
    else nav.openCompany(place.company);
  } finally {
    restoring = false;
  }
}

export const useHistoryStore = create<HistoryState>()((set, get) => ({
  places: [{ section: 'portfolio', company: null }],
  index: 0,
  focusPending: false,
  back: () => {
    // Inside a company, Back first undoes a range change (a zoom or brush on the chart).
    if (currentPlace().company !== null && useFilterStore.getState().backRange()) return;
    const { places, index } = get();
    const target = places[index - 1];
    if (target === undefined) return;
    set({ index: index - 1, focusPending: true });
    go(target);
  },
  forward: () => {
    const { places, index } = get();
    const target = places[index + 1];
    if (target === undefined) return;
    set({ index: index + 1, focusPending: true });
    go(target);
  },
  takeFocus: () => {
    if (!get().focusPending) return false;
    set({ focusPending: false });
    return true;
  },
}));

/** Called with the content column's scroll offset as the app leaves a place. */
let readScroll: () => number = () => 0;

export function setScrollReader(reader: () => number): void {
  readScroll = reader;
}

function record(): void {
  const place = currentPlace();
  const { places, index } = useHistoryStore.getState();
  const here = places[index];
  if (here !== undefined && placeKey(here) === placeKey(place)) return;
  if (here !== undefined) scrollMemory.set(placeKey(here), readScroll());
  if (restoring) return;
  const kept = [...places.slice(0, index + 1), place].slice(-historyLimit);
  useHistoryStore.setState({ places: kept, index: kept.length - 1, focusPending: true });
}

let started = false;

/** Starts recording; once per page (main.tsx), and in tests that drive the stores directly. */
export function startNavigationHistory(): void {
  if (started) return;
  started = true;
  useNavStore.subscribe(record);
  useFilterStore.subscribe(record);
}
