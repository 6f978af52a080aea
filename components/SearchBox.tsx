// Search over every actor the reader has met: prefix and accent-insensitive (the store's
// search-actors does the matching). Each result says where the actor was seen.
import { useState } from 'preact/hooks';
import { useTypedSearch } from './use-typed-search';
import type { SearchActorsReply } from '../lib/messages/protocol';
import { t } from '../lib/locale/i18n';
import { kindLabel } from './kind-labels';

export { SEARCH_DEBOUNCE_MS } from './use-typed-search';

export interface SearchBoxProps {
  search: (query: string) => Promise<SearchActorsReply>;
  /** Opens an article the actor was seen in (the popup opens a tab). */
  onOpenArticle?: (url: string) => void;
}

export function SearchBox({ search, onOpenArticle }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const found = useTypedSearch(query, async (asked) => {
    const reply = await search(asked);
    return reply.ok ? { ok: true as const, value: reply.results } : reply;
  }, [search]);
  const result = found.state === 'done' ? { state: 'done' as const, query: found.query, results: found.value } : found;

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
