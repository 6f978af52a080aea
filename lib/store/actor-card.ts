// The cross-article part of a card: what earlier articles in the store said about an actor.
import type { ActorCardExtras } from './store-types';
import { newestAppearances } from './actor-stats';
import { readTotals } from './counters';
import type { DramatisDatabase } from './db';
import { currentStats } from './journal';
import { headlineOf } from '../text/headline';

/** How many earlier articles a card lists; the rest are counted. */
export const EARLIER_ARTICLES_SHOWN = 5;
/** Quotes shown per earlier article. */
const QUOTES_SHOWN = 2;

/**
 * Usually one round trip: the actor's stats row (with its identity), the totals (whose journal
 * may change it) and its newest appearances. Whether the current article is one of the
 * actor's (not counted as earlier) is usually among those appearances — it is the article
 * being read; only when it is not, and the actor has more articles than were read, is the
 * article itself read.
 */
export async function actorCardExtras(db: DramatisDatabase, actorId: string, currentUrl: string): Promise<ActorCardExtras> {
  return db.transaction('r', db.articles, db.casts, db.actorStats, db.counters, async () => {
    const limit = EARLIER_ARTICLES_SHOWN + 1;
    const [row, totals, newest] = await Promise.all([db.actorStats.get(actorId), readTotals(db), newestAppearances(db, actorId, limit)]);
    const { stats } = currentStats(row, totals?.journal?.find((entry) => entry.id === actorId));
    const inCurrent =
      newest.some((appearance) => appearance.url === currentUrl) ||
      (newest.length === limit && (await db.articles.get(currentUrl))?.actorIds.includes(actorId) === true);
    const currentCounted = inCurrent ? 1 : 0;
    const shown = newest.filter((appearance) => appearance.url !== currentUrl).slice(0, EARLIER_ARTICLES_SHOWN);
    return {
      earlier: shown.map((appearance) => ({
        url: appearance.url,
        title: appearance.title ? headlineOf(appearance.title) : appearance.url,
        analyzedAt: appearance.analyzedAt,
        name: appearance.name,
        descriptors: appearance.descriptors,
        ...(appearance.quotes.length ? { quotes: appearance.quotes.slice(0, QUOTES_SHOWN) } : {}),
      })),
      earlierCount: Math.max(0, (stats?.articleCount ?? 0) - currentCounted),
      ...(stats ? { knownAs: stats.name, aliases: stats.aliases } : {}),
    };
  });
}
