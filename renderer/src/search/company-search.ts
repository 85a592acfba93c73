/**
 * Company search as the title bar and the command palette use it: asks `searchCompanies` a moment
 * after the last keystroke and keeps only the answer to the latest text (and currency). Enter may
 * come before that answer: `openFirstWhenReady` then opens the first hit as soon as it arrives.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/analytics';
import type { ReportingCurrency } from '../../../shared/domain';
import { getApi } from '../api/client';
import { settle, type Load } from '../store/load';

export const searchDebounceMs = 120;

export interface CompanySearch {
  /** The answer to the text as it is now ('loading' until it arrives). */
  readonly hits: Load<readonly SearchHit[]>;
  /** Calls `open` with the first hit for the current text, now or when the answer arrives. */
  readonly openFirstWhenReady: (open: (hit: SearchHit) => void) => void;
}

export function useCompanySearch(text: string, currency: ReportingCurrency, limit: number): CompanySearch {
  const [answer, setAnswer] = useState<{ readonly key: string; readonly load: Load<readonly SearchHit[]> }>({
    key: '',
    load: { status: 'idle' },
  });
  const ticket = useRef(0);
  const pending = useRef<{ readonly key: string; readonly open: (hit: SearchHit) => void } | null>(null);
  const query = text.trim();
  const key = `${currency} ${query}`;

  useEffect(() => {
    const mine = ++ticket.current;
    if (query === '') return undefined;
    const timer = setTimeout(() => {
      void settle(getApi().searchCompanies({ text: query, limit, currency })).then((load) => {
        // Only the answer to the latest text counts; slower answers to older text are dropped.
        if (mine !== ticket.current) return;
        setAnswer({ key, load });
        const waiting = pending.current;
        if (waiting !== null && waiting.key === key) {
          pending.current = null;
          const first = load.status === 'ready' ? load.value[0] : undefined;
          if (first !== undefined) waiting.open(first);
        }
      });
    }, searchDebounceMs);
    return () => {
      clearTimeout(timer);
    };
  }, [query, key, currency, limit]);

  const hits: Load<readonly SearchHit[]> =
    query === '' ? { status: 'idle' } : answer.key === key ? answer.load : { status: 'loading' };
  return {
    hits,
    openFirstWhenReady: (open) => {
      if (query === '') return;
      if (hits.status === 'ready') {
        const first = hits.value[0];
        if (first !== undefined) open(first);
      } else pending.current = { key, open };
    },
  };
}

/** The IBAN to show for a hit: the one the text matched when it matched an IBAN, else the first. */
export function shownIban(hit: SearchHit, text: string): string {
  const wanted = text.replace(/\s+/g, '').toUpperCase();
  const matching =
    wanted.length >= 4 ? hit.ibans.find((iban) => iban.toUpperCase().includes(wanted)) : undefined;
  return matching ?? hit.ibans[0] ?? '';
}

export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
