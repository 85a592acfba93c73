/**
 * Company search as the title bar and the command palette use it, through the query cache: asks
 * `searchCompanies` once the text has stopped changing, and answers only for the text as it is now
 * (an answer to older text is cached under its own key, never shown for the current one). Enter may
 * come before that answer: `openFirstWhenReady` asks at once (or joins the request in flight) and
 * opens the first hit, if the text is still the same when it arrives.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../shared/analytics';
import type { ReportingCurrency } from '../../../shared/domain';
import { callContract } from '../data/contract-call';
import { contractKey, loadOf, skipToken, useContractQuery } from '../data/hooks';
import { useDebounced } from '../hooks/use-debounced';
import type { Load } from '../store/load';

export const searchDebounceMs = 120;

export interface CompanySearch {
  /** The answer to the text as it is now ('loading' until it arrives, 'idle' for no text). */
  readonly hits: Load<readonly SearchHit[]>;
  /** Calls `open` with the first hit for the current text, now or when the answer arrives. */
  readonly openFirstWhenReady: (open: (hit: SearchHit) => void) => void;
}

export function useCompanySearch(text: string, currency: ReportingCurrency, limit: number): CompanySearch {
  const client = useQueryClient();
  const query = text.trim();
  const settled = useDebounced(query, searchDebounceMs);
  const argument = { text: query, limit, currency };
  const answer = useContractQuery(
    'searchCompanies',
    settled === '' || settled !== query ? skipToken : argument,
  );
  // The latest text, read when a late answer arrives.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);
  const hits: Load<readonly SearchHit[]> =
    query === '' ? { status: 'idle' } : settled !== query ? { status: 'loading' } : loadOf(answer);
  return {
    hits,
    openFirstWhenReady: (open) => {
      if (query === '') return;
      const opened = (list: readonly SearchHit[]) => {
        const first = list[0];
        if (first !== undefined && latest.current === query) open(first);
      };
      if (hits.status === 'ready') {
        opened(hits.value);
        return;
      }
      void client
        .query({
          queryKey: contractKey('searchCompanies', argument),
          queryFn: () => callContract('searchCompanies', argument),
        })
        .then(opened, () => undefined);
    },
  };
}

/** The account that matched an IBAN search (typed with or without spaces), else the first one. */
export function shownIban(hit: SearchHit, text: string): string {
  const wanted = text.replace(/\s+/g, '').toUpperCase();
  const matching =
    hit.matched === 'iban' && wanted !== '' ? hit.ibans.find((iban) => iban.includes(wanted)) : undefined;
  return matching ?? hit.ibans[0] ?? '';
}

export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
