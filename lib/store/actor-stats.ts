// Keeping each actor's article count and newest article in step with its appearances, and
// deleting actors no article mentions any more: by folding the saves' journal into the actor
// records and stats rows (the background does it after replying), and directly for removals
// and imports. Runs inside the writing transaction (with actors, actorStats, casts, counters).
import { Dexie } from 'dexie';
import { sameActor, withSearchKeys } from './actor-identity';
import { countsOf, readTotals, totalsRecord } from './counters';
import { castEntryOf, identityOf, type ActorIdentity, type ActorStatsRecord, type AppearanceRecord, type CounterRecord, type DramatisDatabase, type LatestArticle } from './db';
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

export interface AppearanceChanges {
  /** Appearances written (new, or replacing one with the same actor and url). */
  written: readonly Pick<AppearanceRecord, 'actorId' | 'url' | 'title' | 'analyzedAt'>[];
  /** Appearances deleted, as [actorId, url] keys. */
  deleted: readonly [string, string][];
  /** Of `written`, those that replaced an existing appearance (same key): not counted again. */
  replaced: ReadonlySet<string>;
  /** Actor records written in the same transaction (new or changed): their stats copy this identity. */
  actors?: ReadonlyMap<string, ActorIdentity>;
}

/** The key of an appearance as one string ("actorId\0url"). */
export function appearanceKey(actorId: string, url: string): string {
  return `${actorId}\u0000${url}`;
}

/**
 * Updates the stats rows of every actor the changes touch (writing only those that change)
 * and deletes the actors left with no article; returns their ids. For removals and imports,
 * after the journal has been folded (the rows must be current). `known` may hold stats rows
 * already read in this transaction; the rest are read.
 */
export async function applyAppearanceChanges(
  db: DramatisDatabase,
  changes: AppearanceChanges,
  known: ReadonlyMap<string, ActorStatsRecord | undefined> = new Map(),
): Promise<string[]> {
  const delta = new Map<string, number>();
  const deletedUrls = new Map<string, Set<string>>();
  const writtenUrls = new Map<string, Set<string>>();
  const newestWritten = new Map<string, LatestArticle>();
  for (const appearance of changes.written) {
    const counted = changes.replaced.has(appearanceKey(appearance.actorId, appearance.url)) ? 0 : 1;
    delta.set(appearance.actorId, (delta.get(appearance.actorId) ?? 0) + counted);
    writtenUrls.set(appearance.actorId, (writtenUrls.get(appearance.actorId) ?? new Set()).add(appearance.url));
    const best = newestWritten.get(appearance.actorId);
    if (!best || appearance.analyzedAt > best.analyzedAt) {
      newestWritten.set(appearance.actorId, { url: appearance.url, title: appearance.title, analyzedAt: appearance.analyzedAt });
    }
  }
  for (const [actorId, url] of changes.deleted) {
    delta.set(actorId, (delta.get(actorId) ?? 0) - 1);
    deletedUrls.set(actorId, (deletedUrls.get(actorId) ?? new Set()).add(url));
  }
  const ids = [...delta.keys()];
  const unread = ids.filter((id) => !known.has(id));
  const fetched = unread.length ? await db.actorStats.bulkGet(unread) : [];
  const byId = new Map(known);
  unread.forEach((id, i) => byId.set(id, fetched[i]));
  const updated: ActorStatsRecord[] = [];
  const orphans: string[] = [];
  const stale: ActorStatsRecord[] = [];
  for (const id of ids) {
    const before = byId.get(id);
    const articleCount = (before?.articleCount ?? 0) + delta.get(id)!;
    if (articleCount <= 0) {
      orphans.push(id);
      continue;
    }
    const latestBefore = before?.latest;
    const written = newestWritten.get(id);
    // The newest article on record was deleted, or rewritten as older: only the index knows what is newest now.
    const lost =
      latestBefore &&
      (deletedUrls.get(id)?.has(latestBefore.url) || (writtenUrls.get(id)?.has(latestBefore.url) && !(written && written.analyzedAt >= latestBefore.analyzedAt)));
    const latest = lost || !latestBefore ? written : written && written.analyzedAt >= latestBefore.analyzedAt ? written : latestBefore;
    const identity = changes.actors?.get(id) ?? before;
    if (!identity) throw new Error(`No actor record for the new actor ${id}`);
    const stats: ActorStatsRecord = { ...identityOf(identity), articleCount, latest: latest ?? { url: '', title: '', analyzedAt: 0 } };
    if (lost || !latest) stale.push(stats);
    updated.push(stats);
  }
  await findLatest(db, stale);
  const changed = updated.filter((stats) => {
    const before = byId.get(stats.id);
    return !before || !sameStats(before, stats);
  });
  await Promise.all([
    changed.length ? db.actorStats.bulkPut(changed) : undefined,
    orphans.length ? db.actorStats.bulkDelete(orphans) : undefined,
    orphans.length ? db.actors.bulkDelete(orphans) : undefined,
  ]);
  return orphans;
}
