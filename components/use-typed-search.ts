// Searching as the reader types: one question per pause (SEARCH_DEBOUNCE_MS after the last
// key), and an answer that arrives after a newer question is dropped. Shared by the popup's
// search and Who's who's "Same as…".
import { useEffect, useRef, useState } from 'preact/hooks';

/** ms after the last keystroke before searching: one query per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 120;

export type TypedSearch<T> = { state: 'idle' } | { state: 'done'; query: string; value: T } | { state: 'failed'; error: string };

/**
 * The state of a search for `text` (trimmed; empty = idle). `ask` answers a query with a
 * value or an error sentence.
 */
export function useTypedSearch<T>(text: string, ask: (query: string) => Promise<{ ok: true; value: T } | { ok: false; error: string }>, deps: readonly unknown[]): TypedSearch<T> {
  const [found, setFound] = useState<TypedSearch<T>>({ state: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const query = text.trim();
    const token = ++latest.current;
    if (query === '') {
      setFound({ state: 'idle' });
      return undefined;
    }
    const timer = setTimeout(() => {
      void ask(query).then((answer) => {
        if (token !== latest.current) return;
        setFound(answer.ok ? { state: 'done', query, value: answer.value } : { state: 'failed', error: answer.error });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `ask` is rebuilt on every render: `deps` say when what it asks changes.
  }, [text, ...deps]);
  return found;
}
