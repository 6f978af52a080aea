// Where the Who's who page is: the list of everyone, or one actor's page (`#actor=<id>`).
// The hash is the page's state, so links, reloads and the browser's back and forward all work.

export type WhoRoute = { view: 'list' } | { view: 'actor'; id: string };

const ACTOR_PREFIX = '#actor=';

/** The hash that shows an actor's page. */
export function actorHash(id: string): string {
  return ACTOR_PREFIX + encodeURIComponent(id);
}

/** The hash that shows the list. */
export const LIST_HASH = '#';

/** The route a location hash names; anything that is not an actor's page is the list. */
export function parseWhoHash(hash: string): WhoRoute {
  if (!hash.startsWith(ACTOR_PREFIX)) return { view: 'list' };
  try {
    const id = decodeURIComponent(hash.slice(ACTOR_PREFIX.length));
    return id === '' ? { view: 'list' } : { view: 'actor', id };
  } catch {
    // A malformed escape ("%E0%A4%A") names no actor.
    return { view: 'list' };
  }
}
