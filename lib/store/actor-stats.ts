// Keeping each actor's article count and newest article in step with its appearances, and
// deleting actors no article mentions any more. Runs inside the writing transaction (with
// actors, actorStats and casts), after the cast writes it describes.
import { Dexie } from 'dexie';
import { identityOf, type ActorIdentity, type ActorStatsRecord, type AppearanceRecord, type CounterRecord, type DramatisDatabase, type LatestArticle } from './db';
import { StatsSession } from './stats-cache';
import { countsOf, readTotals, writeCounters } from './counters';

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

/** An actor's appearances, newest analysis first (reads only as many casts as asked). */
export async function newestAppearances(db: DramatisDatabase, actorId: string, limit: number): Promise<AppearanceRecord[]> {
  const casts = await db.casts
    .where('actorDates')
    .between([actorId, Dexie.minKey], [actorId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return casts.flatMap((cast) => {
    const entry = cast.actors.find((actor) => actor.actorId === actorId);
    return entry ? [{ ...entry, url: cast.url, title: cast.title, analyzedAt: cast.analyzedAt }] : [];
  });
}

/** Pending stats kept at most before a save writes them as rows itself (~250 bytes each, read and written with the totals). */
export const MAX_PENDING_STATS = 400;

/**
 * Moves the pending stats into `actorStats` (their own transaction): the background runs it
 * after replying to a save. Nothing happens below `atLeast` entries. Returns how many moved.
 */
export async function foldPendingStats(db: DramatisDatabase, atLeast = 1): Promise<number> {
  return db.transaction('rw', db.actorStats, db.counters, async () => {
    const session = new StatsSession(db);
    const totals = await readTotals(db);
    session.check(totals);
    if (session.pendingCount() < Math.max(1, atLeast)) return 0;
    const rows = session.takePending();
    await Promise.all([db.actorStats.bulkPut(rows), writeCounters(db, countsOf(totals), session)]);
    return rows.length;
  });
}

/** Actors' stats as stored (a pending entry supersedes its row), in one read-only transaction (for tests and tools). */
export async function readActorStats(db: DramatisDatabase, ids: readonly string[]): Promise<(ActorStatsRecord | undefined)[]> {
  return db.transaction('r', db.actorStats, db.counters, async () => {
    const [rows, totals] = await Promise.all([db.actorStats.bulkGet([...ids]), readTotals(db)]);
    return withPending(ids, rows, totals);
  });
}

/** The stats of `ids` read as rows, with the totals' pending entries superseding them. */
export function withPending(ids: readonly string[], rows: readonly (ActorStatsRecord | undefined)[], totals: CounterRecord | undefined): (ActorStatsRecord | undefined)[] {
  const pending = totals?.pending;
  if (!pending?.length) return [...rows];
  const byId = new Map(pending.map((stats) => [stats.id, stats]));
  return ids.map((id, i) => byId.get(id) ?? rows[i]);
}

/** True when two stats records say the same (no need to rewrite the stored one). */
function sameStats(a: ActorStatsRecord, b: ActorStatsRecord): boolean {
  return (
    a.articleCount === b.articleCount &&
    a.latest.url === b.latest.url &&
    a.latest.title === b.latest.title &&
    a.latest.analyzedAt === b.latest.analyzedAt &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.expansion === b.expansion &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}

/**
 * Updates the stats of every actor the changes touch (writing only those that change) and
 * deletes the actors left with no article. `prefetched` may hold stats already read in this
 * transaction (saves a round trip); the rest come from the session's cache, or are read.
 * The writes go through the cache. `alongside(orphans)` runs with the final writes. Returns
 * the deleted actor ids. The session must have checked the totals.
 */
export async function applyAppearanceChanges(
  db: DramatisDatabase,
  changes: AppearanceChanges,
  session: StatsSession,
  prefetched: ReadonlyMap<string, ActorStatsRecord | undefined> = new Map(),
  alongside: (orphans: string[]) => Promise<unknown> = async () => undefined,
  into: 'pending' | 'rows' = 'rows',
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
  const byId = new Map(prefetched);
  const unread: string[] = [];
  for (const id of ids) {
    if (byId.has(id)) continue;
    const cached = session.lookup(id);
    if (cached === undefined) unread.push(id);
    else byId.set(id, cached ?? undefined);
  }
  const fetched = session.remember(unread, unread.length ? await db.actorStats.bulkGet(unread) : []);
  unread.forEach((id, i) => byId.set(id, fetched[i]));
  const known = ids.map((id) => byId.get(id));
  const updated: ActorStatsRecord[] = [];
  const orphans: string[] = [];
  const stale: ActorStatsRecord[] = [];
  ids.forEach((id, i) => {
    const articleCount = (known[i]?.articleCount ?? 0) + delta.get(id)!;
    if (articleCount <= 0) {
      orphans.push(id);
      return;
    }
    const before = known[i]?.latest;
    const written = newestWritten.get(id);
    // The newest article on record was deleted, or rewritten as older: only the index knows what is newest now.
    const lost = before && (deletedUrls.get(id)?.has(before.url) || (writtenUrls.get(id)?.has(before.url) && !(written && written.analyzedAt >= before.analyzedAt)));
    const latest = lost || !before ? written : written && written.analyzedAt >= before.analyzedAt ? written : before;
    const identity = changes.actors?.get(id) ?? known[i];
    if (!identity) throw new Error(`No actor record for the new actor ${id}`);
    const stats: ActorStatsRecord = { ...identityOf(identity), articleCount, latest: latest ?? { url: '', title: '', analyzedAt: 0 } };
    if (lost || !latest) stale.push(stats);
    updated.push(stats);
  });
  const found = stale.length ? await Promise.all(stale.map((stats) => newestAppearances(db, stats.id, 1))) : [];
  stale.forEach((stats, i) => {
    const [appearance] = found[i]!;
    if (appearance) stats.latest = { url: appearance.url, title: appearance.title, analyzedAt: appearance.analyzedAt };
  });
  const changed = updated.filter((stats) => {
    const before = byId.get(stats.id);
    return !before || !sameStats(before, stats);
  });
  // Pending entries go out with the totals (written by `alongside` or the caller); beyond
  // MAX_PENDING_STATS (the background has not folded them for a while) they all become rows.
  session.wrote(changed, into);
  session.deleted(orphans);
  const rows = into === 'rows' ? changed : session.pendingCount() > MAX_PENDING_STATS ? session.takePending() : [];
  await Promise.all([
    rows.length ? db.actorStats.bulkPut(rows) : undefined,
    orphans.length ? db.actorStats.bulkDelete(orphans) : undefined,
    orphans.length ? db.actors.bulkDelete(orphans) : undefined,
    alongside(orphans),
  ]);
  return orphans;
}
