// The cross-article part of a card: what earlier articles in the store said about an actor.
import { Dexie } from 'dexie';
import type { ActorCardExtras } from '../protocol';
import type { AppearanceRecord, DramatisDatabase } from './db';

/** How many earlier articles a card lists; the rest are counted. */
export const EARLIER_ARTICLES_SHOWN = 5;
/** Quotes shown per earlier article. */
const QUOTES_SHOWN = 2;

/** An actor's appearances, newest analysis first (reads only as many as asked). */
export function newestAppearances(db: DramatisDatabase, actorId: string, limit: number): Promise<AppearanceRecord[]> {
  return db.appearances
    .where('[actorId+analyzedAt]')
    .between([actorId, Dexie.minKey], [actorId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Two round trips: the actor, whether the current article is among its appearances, and the newest ones; then their articles. */
export async function actorCardExtras(db: DramatisDatabase, actorId: string, currentUrl: string): Promise<ActorCardExtras> {
  return db.transaction('r', db.appearances, db.articles, db.actors, async () => {
    const [actor, current, newest] = await Promise.all([
      db.actors.get(actorId),
      db.appearances.where('[actorId+url]').equals([actorId, currentUrl]).primaryKeys(),
      newestAppearances(db, actorId, EARLIER_ARTICLES_SHOWN + 1),
    ]);
    const shown = newest.filter((appearance) => appearance.url !== currentUrl).slice(0, EARLIER_ARTICLES_SHOWN);
    const articles = await db.articles.bulkGet(shown.map((appearance) => appearance.url));
    return {
      earlier: shown.map((appearance, i) => ({
        url: appearance.url,
        title: articles[i]?.title || appearance.url,
        analyzedAt: appearance.analyzedAt,
        name: appearance.name,
        descriptors: appearance.descriptors,
        ...(appearance.quotes.length ? { quotes: appearance.quotes.slice(0, QUOTES_SHOWN) } : {}),
      })),
      earlierCount: Math.max(0, (actor?.articleCount ?? 0) - current.length),
      ...(actor ? { knownAs: actor.name, aliases: actor.aliases } : {}),
    };
  });
}
