// Running totals of the dataset's tables, changed in the same transaction as the rows they
// count. IndexedDB's count() walks every entry in Chromium (~50 ms for 10,000 articles), far
// too slow for the retention check on every save. One record (v3), so one request to read it
// and one to write it. It also carries the journal of actor changes (lib/store/journal.ts).
import { TOTALS_KEY, type CounterRecord, type Counts, type DramatisDatabase, type JournalEntry } from './db';

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

/** A totals record with these counts and journal (counts never below zero; no journal field when it is empty). */
export function totalsRecord(counts: Counts, journal: readonly JournalEntry[] = []): CounterRecord {
  const at = (n: number) => Math.max(0, n);
  const record: CounterRecord = { key: TOTALS_KEY, articles: at(counts.articles), actors: at(counts.actors), appearances: at(counts.appearances) };
  if (journal.length) record.journal = [...journal];
  return record;
}

/**
 * Sets the counts to the tables' real sizes (slow: reads every cast), keeping the journal:
 * `actors` counts actor records, and folding the journal adds the actors it creates.
 * In a rw transaction with articles, actors, casts, counters.
 */
export async function recount(db: DramatisDatabase): Promise<Counts> {
  const totals = await readTotals(db);
  let appearances = 0;
  await db.casts.each((cast) => {
    appearances += cast.entries.length;
  });
  const counts: Counts = { articles: await db.articles.count(), actors: await db.actors.count(), appearances };
  await db.counters.put(totalsRecord(counts, totals?.journal));
  return counts;
}
