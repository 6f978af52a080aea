// Keeping the dataset bounded: a cap on stored articles with least-recently-seen eviction,
// "forget this site" and "clear everything". Removing an article removes its appearances and
// every actor no other article mentions (no orphans). Every function here that takes a `db`
// without opening a transaction must run inside one that includes STORE_TABLES.
import type { RemovalSummary } from './store-types';
import { appearanceKeysOf, type ArticleRecord, type CounterRecord, type DramatisDatabase } from './db';
import { foldJournal } from './actor-stats';
import { countsOf, readCounters, readTotals, totalsRecord } from './counters';
import { journalOf, recordRemoved } from './journal';

export const NOTHING_REMOVED: Readonly<RemovalSummary> = { articles: 0, actors: 0, appearances: 0 };

/** The tables a dataset write touches (one transaction for all of them). */
export function storeTables(db: DramatisDatabase) {
  return [db.articles, db.actors, db.casts, db.actorStats, db.counters, db.corrections] as const;
}

/**
 * Removes stored articles, their casts (appearances) and the actors left orphaned: each lost
 * appearance goes into the journal, which is folded at once (after the casts are gone, so an
 * actor's newest article is looked up among those left). `totals`: the totals record if
 * already read in this transaction.
 */
export async function removeArticles(db: DramatisDatabase, articles: readonly ArticleRecord[], totals?: CounterRecord): Promise<RemovalSummary> {
  if (articles.length === 0) return { ...NOTHING_REMOVED };
  // Any journal first: the actors total then changes by the orphans alone.
  const current = await foldJournal(db, totals ?? (await readTotals(db)));
  const urls = articles.map((article) => article.url);
  const deleted = articles.flatMap(appearanceKeysOf);
  await Promise.all([db.casts.bulkDelete(urls), db.articles.bulkDelete(urls)]);
  const journal = journalOf(current);
  for (const [actorId, url] of deleted) recordRemoved(journal, actorId, url);
  const counts = countsOf(current);
  const folded = await foldJournal(
    db,
    totalsRecord({ ...counts, articles: counts.articles - urls.length, appearances: counts.appearances - deleted.length }, [...journal.values()]),
  );
  return { articles: urls.length, actors: counts.actors - countsOf(folded).actors, appearances: deleted.length };
}

/**
 * Evicts articles beyond `maxArticles`: the least recently seen of those the reader never opened
 * a card on, and only when there are not enough of them, the least recently seen of the others.
 * `totals`: as read in this transaction, if it was.
 */
export async function evictBeyond(db: DramatisDatabase, maxArticles: number, totals?: CounterRecord): Promise<RemovalSummary> {
  const current = totals ?? (await readTotals(db));
  const excess = countsOf(current).articles - maxArticles;
  if (excess <= 0) return { ...NOTHING_REMOVED };
  const idle = await db.articles.orderBy('seenAt').filter((article) => !article.engaged).limit(excess).toArray();
  const engaged = idle.length < excess ? await db.articles.orderBy('seenAt').filter((article) => article.engaged === true).limit(excess - idle.length).toArray() : [];
  return removeArticles(db, [...idle, ...engaged], current);
}

/** Share of the cap evicted at once when it is exceeded: one eviction per ~1% of the cap saved, not one per save… */
const EVICTION_BATCH_SHARE = 0.01;
/**
 * …but at most this many articles: an eviction holds the store's tables (a card asked
 * meanwhile waits), ~10 ms per article of 25 actors in Chromium (100 took 0.6–1.1 s).
 */
export const MAX_EVICTION_BATCH = 20;

/**
 * Applies the retention cap in its own transaction: nothing while at most `maxArticles` are
 * stored; beyond it, the least recently seen go, down to 1% below the cap or MAX_EVICTION_BATCH
 * articles below it, whichever is fewer (batching keeps eviction off most saves).
 */
export async function enforceRetention(db: DramatisDatabase, maxArticles: number): Promise<RemovalSummary> {
  const stored = await db.transaction('r', db.counters, async () => (await readCounters(db)).articles);
  if (stored <= maxArticles) return { ...NOTHING_REMOVED };
  return db.transaction('rw', storeTables(db), () => evictBeyond(db, batchTarget(maxArticles)));
}

/** How many articles are kept when eviction runs (the cap, less a batch). */
export function batchTarget(maxArticles: number): number {
  return maxArticles - Math.min(MAX_EVICTION_BATCH, Math.floor(maxArticles * EVICTION_BATCH_SHARE));
}

/**
 * The housekeeping folds the journal once it has this many entries. After every save: saves
 * come seconds apart while reading, so the journal readers (and the next save) read with the
 * totals is usually empty, and the actor tables hold every actor soon after its article.
 */
export const FOLD_JOURNAL_AT = 1;

/**
 * The background's housekeeping after each save, once it has replied, in one transaction:
 * folds the journal into the tables (lib/store/journal.ts) once it has `foldAt` entries, and
 * applies the retention cap as enforceRetention does (folding then too). Nothing is written
 * when there is nothing to do.
 */
export async function tidyStore(db: DramatisDatabase, maxArticles: number, foldAt: number = FOLD_JOURNAL_AT): Promise<RemovalSummary> {
  return db.transaction('rw', storeTables(db), async () => {
    const totals = await readTotals(db);
    const over = countsOf(totals).articles > maxArticles;
    if ((totals?.journal?.length ?? 0) < Math.max(1, foldAt) && !over) return { ...NOTHING_REMOVED };
    const folded = await foldJournal(db, totals);
    return over ? evictBeyond(db, batchTarget(maxArticles), folded) : { ...NOTHING_REMOVED };
  });
}

/** Forgets every article read on `hostname` (exactly that host: "www.example.com" ≠ "example.com"). */
export async function forgetSite(db: DramatisDatabase, hostname: string): Promise<RemovalSummary> {
  const host = hostname.toLowerCase();
  return db.transaction('rw', storeTables(db), async () => removeArticles(db, await db.articles.where('host').equals(host).toArray()));
}

/** Forgets every article and actor, and the reader's corrections to them. The reader's glossary is their own data and is kept. */
export async function clearAll(db: DramatisDatabase): Promise<RemovalSummary> {
  return db.transaction('rw', storeTables(db), async () => {
    const totals = await readTotals(db);
    const removed = countsOf(await foldJournal(db, totals));
    // The reader's corrections go too: they name actors of the articles read (hidden names among them).
    await Promise.all([db.articles.clear(), db.actors.clear(), db.casts.clear(), db.actorStats.clear(), db.corrections.clear(), db.counters.put(totalsRecord({ articles: 0, actors: 0, appearances: 0 }))]);
    return removed;
  });
}
