// Search over every actor the reader has met: prefix and accent-insensitive (the store's
// search-actors does the matching). Each result says where the actor was seen.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActorSearchResult } from '../lib/store/store-types';
import type { SearchActorsReply } from '../lib/messages/protocol';
import { t } from '../lib/locale/i18n';
import { kindLabel } from './kind-labels';

/** ms after the last keystroke before searching: one query per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 120;

export interface SearchBoxProps {
  search: (query: string) => Promise<SearchActorsReply>;
  /** Opens an article the actor was seen in (the popup opens a tab). */
  onOpenArticle?: (url: string) => void;
}

type SearchState =
  | { state: 'idle' }
  | { state: 'done'; query: string; results: ActorSearchResult[] }
  | { state: 'failed'; error: string };

export function SearchBox({ search, onOpenArticle }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  // Each search gets a token; a late answer for an older query is dropped.
  const latest = useRef(0);

  useEffect(() => {
    const trimmed = query.trim();
    const token = ++latest.current;
    if (trimmed === '') {
      setResult({ state: 'idle' });
      return undefined;
    }
    const timer = setTimeout(() => {
      void search(trimmed).then((reply) => {
        if (token !== latest.current) return;
        setResult(reply.ok ? { state: 'done', query: trimmed, results: reply.results } : { state: 'failed', error: reply.error });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  return (
    <section class="search" role="search" aria-label={t('searchLabel')}>
      <label class="search-label" for="actor-search">
        {t('searchLabel')}
      </label>
      <input
        id="actor-search"
        class="search-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <div role="status" class="search-status">
        {result.state === 'failed' && t('searchError', result.error)}
        {result.state === 'done' && result.results.length === 0 && t('searchNoResults', result.query)}
      </div>
      {result.state === 'done' && result.results.length > 0 && (
        <ul class="search-results" aria-label={t('searchResultsLabel')}>
          {result.results.map((actor) => (
            <li key={actor.id} class="search-result">
              <span class="search-name">{actor.name}</span> <span class="search-kind">{kindLabel(actor.kind)}</span>
              {actor.latest && (
                <span class="search-seen">
                  {t('searchSeenIn')}{' '}
                  <a
                    href={actor.latest.url}
                    target="_blank"
                    rel="noreferrer"
                    onClick={(event) => {
                      if (!onOpenArticle || !actor.latest) return;
                      event.preventDefault();
                      onOpenArticle(actor.latest.url);
                    }}
                  >
                    {actor.latest.title || actor.latest.url}
                  </a>
                  {actor.articleCount > 1 && <> {t('searchMore', actor.articleCount - 1)}</>}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
