// Running totals of the dataset's tables, changed in the same transaction as the rows they
// count. IndexedDB's count() walks every entry in Chromium (~50 ms for 10,000 articles), far
// too slow for the retention check on every save. One record (v3), so one request to read it
// and one to write it. It also carries the stats cache's token (lib/store/stats-cache.ts).
import { TOTALS_KEY, type CounterRecord, type Counts, type DramatisDatabase } from './db';
import { StatsSession } from './stats-cache';

export type { Counts };

/** The totals record as stored (undefined in an empty or never-counted database). In a transaction with `counters`. */
export function readTotals(db: DramatisDatabase): Promise<CounterRecord | undefined> {
  return db.counters.get(TOTALS_KEY);
}

/** The counts of a totals record (zeros when there is none). */
export function countsOf(record: CounterRecord | undefined): Counts {
  return { articles: record?.articles ?? 0, actors: record?.actors ?? 0, appearances: record?.appearances ?? 0 };
}

/** The totals as recorded. In a transaction that includes `counters`. */
export async function readCounters(db: DramatisDatabase): Promise<Counts> {
  return countsOf(await readTotals(db));
}

/**
 * Adds `delta` to the totals read in this transaction (`totals`) and writes them, with the
 * session's token when it changed the stats cache. Writes nothing when neither changed.
 * In a rw transaction that includes `counters`.
 */
export function addToCounters(db: DramatisDatabase, totals: CounterRecord | undefined, delta: Partial<Counts>, session: StatsSession): Promise<unknown> {
  if (!delta.articles && !delta.actors && !delta.appearances && !session.changed) return Promise.resolve();
  const counts = countsOf(totals);
  return writeCounters(db, {
    articles: counts.articles + (delta.articles ?? 0),
    actors: counts.actors + (delta.actors ?? 0),
    appearances: counts.appearances + (delta.appearances ?? 0),
  }, session);
}

/**
 * Writes totals computed by the caller (who read them in this transaction), with the
 * session's token and pending stats. Every transaction that writes actors or stats ends with
 * this (through a StatsSession, even code outside the store: a write that leaves the token
 * unchanged would go unseen by the writer's cache).
 */
export function writeCounters(db: DramatisDatabase, counts: Counts, session: StatsSession): Promise<unknown> {
  const at = (n: number) => Math.max(0, n);
  session.claim();
  const pending = session.pendingStats();
  const record: CounterRecord = { key: TOTALS_KEY, articles: at(counts.articles), actors: at(counts.actors), appearances: at(counts.appearances), token: session.token };
  if (pending.length) record.pending = pending;
  return db.counters.put(record);
}

/** Sets the totals to the tables' real sizes (slow: reads every cast; keeps pending stats). In a rw transaction with articles, actors, casts, counters. */
export async function recount(db: DramatisDatabase): Promise<Counts> {
  const session = new StatsSession(db);
  session.check(await readTotals(db));
  let appearances = 0;
  await db.casts.each((cast) => {
    appearances += cast.actors.length;
  });
  const counts: Counts = { articles: await db.articles.count(), actors: await db.actors.count(), appearances };
  await writeCounters(db, counts, session);
  return counts;
}
