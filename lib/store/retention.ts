// Keeping the dataset bounded: a cap on stored articles with least-recently-seen eviction,
// "forget this site" and "clear everything". Removing an article removes its appearances and
// every actor no other article mentions (no orphans).
import type { RemovalSummary } from '../protocol';
import type { DramatisDatabase } from './db';

export const NOTHING_REMOVED: Readonly<RemovalSummary> = { articles: 0, actors: 0, appearances: 0 };

/** Deletes the actors among `actorIds` that no appearance refers to any more. In a transaction with actors + appearances. */
export async function deleteOrphanedActors(db: DramatisDatabase, actorIds: Iterable<string>): Promise<number> {
  const orphans: string[] = [];
  for (const actorId of new Set(actorIds)) {
    if ((await db.appearances.where('actorId').equals(actorId).count()) === 0) orphans.push(actorId);
  }
  await db.actors.bulkDelete(orphans);
  return orphans.length;
}

/** Removes articles, their appearances and the actors left orphaned. In a transaction with all three tables. */
export async function removeArticles(db: DramatisDatabase, urls: readonly string[]): Promise<RemovalSummary> {
  if (urls.length === 0) return { ...NOTHING_REMOVED };
  const appearanceKeys = await db.appearances.where('url').anyOf(urls).primaryKeys();
  await db.appearances.bulkDelete(appearanceKeys);
  await db.articles.bulkDelete([...urls]);
  const actors = await deleteOrphanedActors(
    db,
    appearanceKeys.map(([actorId]) => actorId),
  );
  return { articles: urls.length, actors, appearances: appearanceKeys.length };
}

/** Evicts the least recently seen articles beyond `maxArticles`. In a transaction with all three tables. */
export async function evictBeyond(db: DramatisDatabase, maxArticles: number): Promise<RemovalSummary> {
  const excess = (await db.articles.count()) - maxArticles;
  if (excess <= 0) return { ...NOTHING_REMOVED };
  const oldest = await db.articles.orderBy('seenAt').limit(excess).primaryKeys();
  return removeArticles(db, oldest);
}

/** Applies the retention cap now (e.g. after the reader lowered it). */
export async function enforceRetention(db: DramatisDatabase, maxArticles: number): Promise<RemovalSummary> {
  return db.transaction('rw', db.articles, db.actors, db.appearances, () => evictBeyond(db, maxArticles));
}

/** Forgets every article read on `hostname` (exactly that host: "www.example.com" ≠ "example.com"). */
export async function forgetSite(db: DramatisDatabase, hostname: string): Promise<RemovalSummary> {
  const host = hostname.toLowerCase();
  return db.transaction('rw', db.articles, db.actors, db.appearances, async () =>
    removeArticles(db, await db.articles.where('host').equals(host).primaryKeys()),
  );
}

/** Forgets every article and actor. The reader's glossary is their own data and is kept. */
export async function clearAll(db: DramatisDatabase): Promise<RemovalSummary> {
  return db.transaction('rw', db.articles, db.actors, db.appearances, async () => {
    const removed = { articles: await db.articles.count(), actors: await db.actors.count(), appearances: await db.appearances.count() };
    await Promise.all([db.articles.clear(), db.actors.clear(), db.appearances.clear()]);
    return removed;
  });
}
