// The list's rows, asked of the background a page at a time as the reader scrolls. Pages are
// kept until the filters change (or the memory was corrected), then asked again from the top;
// an answer to an older question is dropped. Until the new question's first answer arrives the
// old rows stay on screen, so typing in the search box does not make the list blink.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WhoListReply } from '../../lib/messages/protocol';
import type { WhoListQuery, WhoListRow } from '../../lib/store/who-types';
import { PAGE_SIZE, pagesOf } from './list-window';

/** What the reader chose: a list question without its paging. */
export type WhoFilter = Omit<WhoListQuery, 'offset' | 'limit'>;

export const DEFAULT_FILTER: WhoFilter = { query: '', kind: 'all', site: '', period: 'all', sort: 'recent' };

/** Asks the background for one page of the list. */
export type LoadWhoList = (query: WhoListQuery) => Promise<WhoListReply>;

export interface WhoPages {
  /** Rows that match in all; null until the first answer. */
  total: number | null;
  /** False while `total` is only a lower bound (it grows as later pages arrive). */
  exact: boolean;
  /** The site filter's choices. */
  sites: string[];
  error: string | null;
  /** Waiting for the first answer to the current question (the count on screen is the old one). */
  settling: boolean;
  /** Changes each time the pages are dropped: whoever shows rows asks again for them. */
  generation: number;
  rowAt(index: number): WhoListRow | undefined;
  /** Rows first…last are on screen: fetch the pages they are in. */
  need(first: number, last: number): void;
  retry(): void;
}

interface Cache {
  key: string;
  generation: number;
  pages: Map<number, WhoListRow[]>;
  /** The last question's pages, shown until the new one answers. */
  previous: Map<number, WhoListRow[]> | null;
  pending: Set<number>;
  answered: boolean;
  /** This question's count so far: an exact answer wins, else the largest lower bound. */
  total: number;
  exact: boolean;
  range: [number, number];
}

export function useWhoPages(load: LoadWhoList, filter: WhoFilter, refreshKey: number): WhoPages {
  const [answer, setAnswer] = useState<{ total: number | null; exact: boolean; sites: string[]; error: string | null }>({ total: null, exact: true, sites: [], error: null });
  const cache = useRef<Cache>({ key: '', generation: 0, pages: new Map(), previous: null, pending: new Set(), answered: false, total: 0, exact: false, range: [0, -1] }).current;
  const current = useRef({ load, filter });
  current.current = { load, filter };

  // A new question drops the pages at once (during render), so the rows drawn next ask anew.
  const key = JSON.stringify([filter.query, filter.kind, filter.site, filter.period, filter.sort, refreshKey]);
  if (cache.key !== key) {
    cache.key = key;
    drop();
  }

  function drop(): void {
    cache.generation++;
    if (cache.pages.size > 0) cache.previous = cache.pages;
    cache.pages = new Map();
    cache.pending = new Set();
    cache.answered = false;
    cache.total = 0;
    cache.exact = false;
  }

  function fetchPage(page: number): void {
    if (cache.pages.has(page) || cache.pending.has(page)) return;
    const generation = cache.generation;
    cache.pending.add(page);
    void current.current.load({ ...current.current.filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((reply) => {
      if (generation !== cache.generation) return;
      cache.pending.delete(page);
      if (!reply.ok) {
        setAnswer((before) => ({ ...before, error: reply.error }));
        return;
      }
      cache.pages.set(page, reply.page.rows);
      cache.previous = null;
      cache.answered = true;
      // A lower bound grows as later pages arrive ("the rows so far and one more"); an exact count is final.
      if (reply.page.exact) {
        cache.total = reply.page.total;
        cache.exact = true;
      } else if (!cache.exact) {
        cache.total = Math.max(cache.total, reply.page.total);
      }
      // The background lists the sites with the first page only: later pages keep the choices.
      const { total, exact } = cache;
      setAnswer((before) => ({ total, exact, sites: page === 0 ? reply.page.sites : before.sites, error: null }));
    });
  }

  function need(first: number, last: number): void {
    cache.range = [first, last];
    for (const page of pagesOf(first, last)) fetchPage(page);
  }

  // Nothing on screen asked (the first question, or a list that was empty): ask for the top.
  useEffect(() => {
    if (cache.pages.size === 0 && cache.pending.size === 0) fetchPage(0);
  }, [key]);

  return {
    total: answer.total,
    exact: answer.exact,
    sites: answer.sites,
    error: answer.error,
    settling: !cache.answered,
    generation: cache.generation,
    rowAt(index) {
      const page = Math.floor(index / PAGE_SIZE);
      const rows = cache.pages.get(page) ?? cache.previous?.get(page);
      return rows?.[index - page * PAGE_SIZE];
    },
    need,
    retry() {
      drop();
      setAnswer((before) => ({ ...before, error: null }));
      const [first, last] = cache.range;
      if (last >= first) need(first, last);
      else fetchPage(0);
    },
  };
}
