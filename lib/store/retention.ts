// Keeping the dataset bounded: a cap on stored articles with least-recently-seen eviction,
// "forget this site" and "clear everything". Removing an article removes its appearances and
// every actor no other article mentions (no orphans). Every function here that takes a `db`
// without opening a transaction must run inside one that includes STORE_TABLES.
import type { RemovalSummary } from '../protocol';
import type { ArticleRecord, CounterRecord, DramatisDatabase } from './db';
import { appearanceKeysOf } from './datasets';
import { applyAppearanceChanges } from './actor-stats';
import { addToCounters, countsOf, readCounters, readTotals, writeCounters } from './counters';
import { StatsSession } from './stats-cache';

export const NOTHING_REMOVED: Readonly<RemovalSummary> = { articles: 0, actors: 0, appearances: 0 };

/** The tables a dataset write touches (one transaction for all of them). */
export function storeTables(db: DramatisDatabase) {
  return [db.articles, db.actors, db.casts, db.actorStats, db.counters] as const;
}

/**
 * Removes stored articles, their casts (appearances) and the actors left orphaned, keeping the
 * session's stats cache in step. `totals`: the totals record if already read in this transaction.
 */
export async function removeArticles(
  db: DramatisDatabase,
  articles: readonly ArticleRecord[],
  session: StatsSession,
  totals?: CounterRecord,
): Promise<RemovalSummary> {
  if (articles.length === 0) return { ...NOTHING_REMOVED };
  const urls = articles.map((article) => article.url);
  const deleted = articles.flatMap(appearanceKeysOf);
  const [current] = await Promise.all([totals ? Promise.resolve(totals) : readTotals(db), db.casts.bulkDelete(urls), db.articles.bulkDelete(urls)]);
  session.check(current);
  const orphans = await applyAppearanceChanges(db, { written: [], deleted, replaced: new Set() }, session);
  const removed = { articles: urls.length, actors: orphans.length, appearances: deleted.length };
  await addToCounters(db, current, { articles: -removed.articles, actors: -removed.actors, appearances: -removed.appearances }, session);
  return removed;
}

/** Evicts the least recently seen articles beyond `maxArticles`. */
export async function evictBeyond(db: DramatisDatabase, maxArticles: number, session: StatsSession): Promise<RemovalSummary> {
  const totals = await readTotals(db);
  const excess = countsOf(totals).articles - maxArticles;
  if (excess <= 0) return { ...NOTHING_REMOVED };
  return removeArticles(db, await db.articles.orderBy('seenAt').limit(excess).toArray(), session, totals);
}

/** Share of the cap evicted at once when it is exceeded: one eviction per ~1% of the cap saved, not one per save. */
const EVICTION_BATCH_SHARE = 0.01;

/**
 * Applies the retention cap in its own transaction: nothing while at most `maxArticles` are
 * stored; beyond it, the least recently seen go, down to 1% below the cap (batching keeps
 * eviction off most saves). The background runs this after each save, once it has replied.
 */
export async function enforceRetention(db: DramatisDatabase, maxArticles: number): Promise<RemovalSummary> {
  const stored = await db.transaction('r', db.counters, async () => (await readCounters(db)).articles);
  if (stored <= maxArticles) return { ...NOTHING_REMOVED };
  const target = maxArticles - Math.floor(maxArticles * EVICTION_BATCH_SHARE);
  return db.transaction('rw', storeTables(db), () => evictBeyond(db, target, new StatsSession(db)));
}

/** Pending stats are moved into their rows once there are this many (fewer, larger folds; but every save, card and search reads them with the totals). */
export const FOLD_PENDING_AT = 40;

/**
 * The background's housekeeping after each save, once it has replied, in one transaction:
 * moves the pending stats into their rows (lib/store/stats-cache.ts) once there are `foldAt`
 * of them, and applies the retention cap as enforceRetention does (folding then too).
 * Nothing is written when there is nothing to do.
 */
export async function tidyStore(db: DramatisDatabase, maxArticles: number, foldAt: number = FOLD_PENDING_AT): Promise<RemovalSummary> {
  return db.transaction('rw', storeTables(db), async () => {
    const session = new StatsSession(db);
    const totals = await readTotals(db);
    session.check(totals);
    const counts = countsOf(totals);
    const over = counts.articles > maxArticles;
    if (session.pendingCount() < Math.max(1, foldAt) && !over) return { ...NOTHING_REMOVED };
    const rows = session.takePending();
    const folded = rows.length ? db.actorStats.bulkPut(rows) : undefined;
    if (!over) {
      await Promise.all([folded, writeCounters(db, counts, session)]);
      return { ...NOTHING_REMOVED };
    }
    await folded;
    return evictBeyond(db, maxArticles - Math.floor(maxArticles * EVICTION_BATCH_SHARE), session);
  });
}

/** Forgets every article read on `hostname` (exactly that host: "www.example.com" ≠ "example.com"). */
export async function forgetSite(db: DramatisDatabase, hostname: string): Promise<RemovalSummary> {
  const host = hostname.toLowerCase();
  return db.transaction('rw', storeTables(db), async () => removeArticles(db, await db.articles.where('host').equals(host).toArray(), new StatsSession(db)));
}

/** Forgets every article and actor. The reader's glossary is their own data and is kept. */
export async function clearAll(db: DramatisDatabase): Promise<RemovalSummary> {
  return db.transaction('rw', storeTables(db), async () => {
    const session = new StatsSession(db);
    const totals = await readTotals(db);
    session.check(totals);
    session.cleared();
    const zero = { articles: 0, actors: 0, appearances: 0 };
    await Promise.all([db.articles.clear(), db.actors.clear(), db.casts.clear(), db.actorStats.clear(), writeCounters(db, zero, session)]);
    return countsOf(totals);
  });
}
