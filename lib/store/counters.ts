// Running totals of the dataset's tables, changed in the same transaction as the rows they
// count. IndexedDB's count() walks every entry in Chromium (~50 ms for 10,000 articles), far
// too slow for the retention check on every save. One record (v3), so one request to read it
// and one to write it.
import { TOTALS_KEY, type Counts, type DramatisDatabase } from './db';

export type { Counts };

/** The totals as recorded. In a transaction that includes `counters`. */
export async function readCounters(db: DramatisDatabase): Promise<Counts> {
  const record = await db.counters.get(TOTALS_KEY);
  return { articles: record?.articles ?? 0, actors: record?.actors ?? 0, appearances: record?.appearances ?? 0 };
}

/** Adds `delta` to the totals. In a rw transaction that includes `counters`. */
export async function addToCounters(db: DramatisDatabase, delta: Partial<Counts>): Promise<void> {
  if (!delta.articles && !delta.actors && !delta.appearances) return;
  const counts = await readCounters(db);
  await writeCounters(db, {
    articles: counts.articles + (delta.articles ?? 0),
    actors: counts.actors + (delta.actors ?? 0),
    appearances: counts.appearances + (delta.appearances ?? 0),
  });
}

/** Writes totals computed by the caller (who read them in this transaction). */
export function writeCounters(db: DramatisDatabase, counts: Counts): Promise<unknown> {
  const at = (n: number) => Math.max(0, n);
  return db.counters.put({ key: TOTALS_KEY, articles: at(counts.articles), actors: at(counts.actors), appearances: at(counts.appearances) });
}

/** Sets the totals to the tables' real sizes (slow: reads every cast). In a rw transaction with articles, actors, casts, counters. */
export async function recount(db: DramatisDatabase): Promise<Counts> {
  let appearances = 0;
  await db.casts.each((cast) => {
    appearances += cast.actors.length;
  });
  const counts: Counts = { articles: await db.articles.count(), actors: await db.actors.count(), appearances };
  await writeCounters(db, counts);
  return counts;
}
