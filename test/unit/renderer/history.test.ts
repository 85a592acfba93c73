import { beforeAll, describe, expect, it } from 'vitest';
import {
  currentPlace,
  scrollMemory,
  setScrollReader,
  startNavigationHistory,
  useHistoryStore,
} from '../../../renderer/src/store/history';
import { useNavStore } from '../../../renderer/src/store/nav-store';
import { useRecentStore } from '../../../renderer/src/store/recent-store';

describe('the navigation history', () => {
  let offset = 0;
  beforeAll(() => {
    startNavigationHistory();
    setScrollReader(() => offset);
  });

  it('records each place once, however the app got there, and walks back and forward', () => {
    const nav = useNavStore.getState();
    offset = 640;
    nav.openCompany(7, 'Acme');
    // Opening a company from the quality view is one step, not "portfolio" then "company".
    nav.show('quality');
    nav.openCompany(9, 'Kemp');
    expect(useHistoryStore.getState().places).toEqual([
      { section: 'portfolio', company: null },
      { section: 'portfolio', company: 7 },
      { section: 'quality', company: null },
      { section: 'portfolio', company: 9 },
    ]);
    expect(scrollMemory.get('portfolio')).toBe(640);
    useHistoryStore.getState().back();
    expect(currentPlace()).toEqual({ section: 'quality', company: null });
    useHistoryStore.getState().back();
    expect(currentPlace()).toEqual({ section: 'portfolio', company: 7 });
    useHistoryStore.getState().forward();
    expect(currentPlace()).toEqual({ section: 'quality', company: null });
    // Going somewhere new from the middle drops the steps ahead, like a browser.
    nav.show('settings');
    const { places, index } = useHistoryStore.getState();
    expect(places.at(-1)).toEqual({ section: 'settings', company: null });
    expect(index).toBe(places.length - 1);
    expect(places).toHaveLength(4);
  });

  it('asks the next view to take the focus after a navigation, once', () => {
    useNavStore.getState().goHome();
    expect(useHistoryStore.getState().takeFocus()).toBe(true);
    expect(useHistoryStore.getState().takeFocus()).toBe(false);
  });

  it('remembers the companies opened by name, newest first, without repeats', () => {
    expect(useRecentStore.getState().companies).toEqual([
      { companyId: 9, name: 'Kemp' },
      { companyId: 7, name: 'Acme' },
    ]);
  });
});
