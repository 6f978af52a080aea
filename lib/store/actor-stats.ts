// Keeping each actor's article count and newest article in step with its appearances, and
// deleting actors no article mentions any more, by folding the journal of actor changes into
// the actor records and stats rows: saves leave theirs for the background to fold after
// replying; removals and imports fold theirs at once. Runs inside the writing transaction
// (with actors, actorStats, casts, counters).
import { Dexie } from 'dexie';
import { sameActor, withSearchKeys } from './actor-identity';
import { countsOf, readTotals, totalsRecord } from './counters';
import { castEntryOf, type ActorIdentity, type ActorStatsRecord, type AppearanceRecord, type CounterRecord, type DramatisDatabase } from './db';
import { currentStats, currentStatsOf, journalOf } from './journal';

/** An actor's appearances, newest analysis first (reads only as many casts as asked). */
export async function newestAppearances(db: DramatisDatabase, actorId: string, limit: number): Promise<AppearanceRecord[]> {
  const casts = await db.casts
    .where('actorDates')
    .between([actorId, Dexie.minKey], [actorId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return casts.flatMap((cast) => {
    const entry = castEntryOf(cast, actorId);
    return entry ? [{ ...entry, url: cast.url, title: cast.title, analyzedAt: cast.analyzedAt }] : [];
  });
}

/** The newest article of each actor whose stats lost track of it, from the casts' index (one query each). */
async function findLatest(db: DramatisDatabase, stale: readonly ActorStatsRecord[]): Promise<void> {
  const found = await Promise.all(stale.map((stats) => newestAppearances(db, stats.id, 1)));
  stale.forEach((stats, i) => {
    const [appearance] = found[i]!;
    if (appearance) stats.latest = { url: appearance.url, title: appearance.title, analyzedAt: appearance.analyzedAt };
  });
}

/**
 * Writes the journal in `totals` into the tables: new actors get their record, renamed ones a
 * new record, stats rows their new values, and actors left in no article are deleted. Writes
 * the totals without the journal (and with the actors created or deleted) and returns them.
 * Does nothing when the journal is empty. In a rw transaction over the store's tables.
 */
export async function foldJournal(db: DramatisDatabase, totals: CounterRecord | undefined): Promise<CounterRecord | undefined> {
  const entries = totals?.journal;
  if (!totals || !entries?.length) return totals;
  const journal = journalOf(totals);
  const ids = entries.map((entry) => entry.id);
  const rows = await db.actorStats.bulkGet(ids);
  const current = ids.map((id, i) => currentStats(rows[i], journal.get(id)));
  await findLatest(db, current.flatMap(({ stats, latestUnknown }) => (stats && latestUnknown ? [stats] : [])));
  const actors: ActorIdentity[] = [];
  const stats: ActorStatsRecord[] = [];
  const orphans: string[] = [];
  let created = 0;
  current.forEach(({ stats: now }, i) => {
    const row = rows[i];
    if (!now) {
      if (row) orphans.push(ids[i]!);
      return;
    }
    if (!row) created++;
    if (!row || !sameActor(row, now)) actors.push(now);
    if (!row || !sameStats(row, now)) stats.push(now);
  });
  const counts = countsOf(totals);
  const folded = totalsRecord({ ...counts, actors: counts.actors + created - orphans.length });
  await Promise.all([
    actors.length ? db.actors.bulkPut(actors.map(withSearchKeys)) : undefined,
    stats.length ? db.actorStats.bulkPut(stats) : undefined,
    orphans.length ? db.actors.bulkDelete(orphans) : undefined,
    orphans.length ? db.actorStats.bulkDelete(orphans) : undefined,
    db.counters.put(folded),
  ]);
  return folded;
}

/** Actors' stats as stored now (rows with the journal applied), in one read-only transaction (for tests and tools). */
export async function readActorStats(db: DramatisDatabase, ids: readonly string[]): Promise<(ActorStatsRecord | undefined)[]> {
  return db.transaction('r', db.actorStats, db.counters, async () => {
    const [rows, totals] = await Promise.all([db.actorStats.bulkGet([...ids]), readTotals(db)]);
    return currentStatsOf(ids, rows, journalOf(totals));
  });
}

/** True when two stats records say the same (no need to rewrite the stored one). */
function sameStats(a: ActorStatsRecord, b: ActorStatsRecord): boolean {
  return a.articleCount === b.articleCount && a.latest.url === b.latest.url && a.latest.title === b.latest.title && a.latest.analyzedAt === b.latest.analyzedAt && sameActor(a, b);
}
