// The cross-article part of a card: what earlier articles in the store said about an actor.
import type { ActorCardExtras } from '../protocol';
import type { DramatisDatabase } from './db';

/** How many earlier articles a card lists; the rest are counted. */
export const EARLIER_ARTICLES_SHOWN = 5;

export async function actorCardExtras(db: DramatisDatabase, actorId: string, currentUrl: string): Promise<ActorCardExtras> {
  return db.transaction('r', db.appearances, db.articles, async () => {
    const appearances = (await db.appearances.where('actorId').equals(actorId).toArray()).filter((a) => a.url !== currentUrl);
    appearances.sort((a, b) => b.analyzedAt - a.analyzedAt);
    const shown = appearances.slice(0, EARLIER_ARTICLES_SHOWN);
    const articles = await db.articles.bulkGet(shown.map((appearance) => appearance.url));
    return {
      earlier: shown.map((appearance, i) => ({
        url: appearance.url,
        title: articles[i]?.title ?? appearance.url,
        analyzedAt: appearance.analyzedAt,
        name: appearance.name,
        descriptors: appearance.descriptors,
      })),
      earlierCount: appearances.length,
    };
  });
}
