// The cross-article part of a card: what earlier articles in the store said about an actor.
import type { ActorCardExtras } from '../protocol';
import { newestAppearances } from './actor-stats';
import type { DramatisDatabase } from './db';

/** How many earlier articles a card lists; the rest are counted. */
export const EARLIER_ARTICLES_SHOWN = 5;
/** Quotes shown per earlier article. */
const QUOTES_SHOWN = 2;

/** One round trip: the actor, its stats, whether the current article is among its appearances, and the newest ones. */
export async function actorCardExtras(db: DramatisDatabase, actorId: string, currentUrl: string): Promise<ActorCardExtras> {
  return db.transaction('r', db.appearances, db.actors, db.actorStats, async () => {
    const [actor, stats, current, newest] = await Promise.all([
      db.actors.get(actorId),
      db.actorStats.get(actorId),
      db.appearances.where('[actorId+url]').equals([actorId, currentUrl]).primaryKeys(),
      newestAppearances(db, actorId, EARLIER_ARTICLES_SHOWN + 1),
    ]);
    const shown = newest.filter((appearance) => appearance.url !== currentUrl).slice(0, EARLIER_ARTICLES_SHOWN);
    return {
      earlier: shown.map((appearance) => ({
        url: appearance.url,
        title: appearance.title || appearance.url,
        analyzedAt: appearance.analyzedAt,
        name: appearance.name,
        descriptors: appearance.descriptors,
        ...(appearance.quotes.length ? { quotes: appearance.quotes.slice(0, QUOTES_SHOWN) } : {}),
      })),
      earlierCount: Math.max(0, (stats?.articleCount ?? 0) - current.length),
      ...(actor ? { knownAs: actor.name, aliases: actor.aliases } : {}),
    };
  });
}
