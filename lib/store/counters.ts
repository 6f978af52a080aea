// Running totals of the dataset's tables, changed in the same transaction as the rows they
// count. IndexedDB's count() walks every entry in Chromium (~50 ms for 10,000 articles), far
// too slow for the retention check on every save.
import type { CounterName, DramatisDatabase } from './db';

export type Counts = Record<CounterName, number>;
const NAMES: readonly CounterName[] = ['articles', 'actors', 'appearances'];

/** The totals as recorded. In a transaction that includes `counters`. */
export async function readCounters(db: DramatisDatabase): Promise<Counts> {
  const records = await db.counters.bulkGet([...NAMES]);
  return { articles: records[0]?.value ?? 0, actors: records[1]?.value ?? 0, appearances: records[2]?.value ?? 0 };
}

/** Adds `delta` to the totals. In a rw transaction that includes `counters`. */
export async function addToCounters(db: DramatisDatabase, delta: Partial<Counts>): Promise<void> {
  if (!NAMES.some((name) => delta[name])) return;
  const counts = await readCounters(db);
  await db.counters.bulkPut(NAMES.map((key) => ({ key, value: Math.max(0, counts[key] + (delta[key] ?? 0)) })));
}

/** Writes totals computed by the caller (who read them in this transaction). */
export function writeCounters(db: DramatisDatabase, counts: Counts): Promise<unknown> {
  return db.counters.bulkPut(NAMES.map((key) => ({ key, value: Math.max(0, counts[key]) })));
}

/** Sets the totals to the tables' real sizes (slow: counts every row). In a rw transaction with all four tables. */
export async function recount(db: DramatisDatabase): Promise<Counts> {
  const counts: Counts = { articles: await db.articles.count(), actors: await db.actors.count(), appearances: await db.appearances.count() };
  await db.counters.bulkPut(NAMES.map((key) => ({ key, value: counts[key] })));
  return counts;
}
