// Keeping each actor's article count and newest article in step with its appearances, and
// deleting actors no article mentions any more. Runs inside the writing transaction (with
// actors, actorStats and appearances), after the appearance writes it describes.
import { Dexie } from 'dexie';
import type { ActorStatsRecord, AppearanceRecord, DramatisDatabase, LatestArticle } from './db';

export interface AppearanceChanges {
  /** Appearances written (new, or replacing one with the same actor and url). */
  written: readonly Pick<AppearanceRecord, 'actorId' | 'url' | 'title' | 'analyzedAt'>[];
  /** Appearances deleted, as [actorId, url] keys. */
  deleted: readonly [string, string][];
  /** Of `written`, those that replaced an existing appearance (same key): not counted again. */
  replaced: ReadonlySet<string>;
}

/** The key of an appearance as one string ("actorId\0url"). */
export function appearanceKey(actorId: string, url: string): string {
  return `${actorId}\u0000${url}`;
}

/** An actor's appearances, newest analysis first (reads only as many as asked). */
export function newestAppearances(db: DramatisDatabase, actorId: string, limit: number): Promise<AppearanceRecord[]> {
  return db.appearances
    .where('[actorId+analyzedAt]')
    .between([actorId, Dexie.minKey], [actorId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/**
 * Updates the stats of every actor the changes touch and deletes the ones left with no article.
 * `prefetched` may hold stats already read in this transaction (saves a round trip);
 * `alongside(orphans)` runs with the final writes. Returns the deleted actor ids.
 */
export async function applyAppearanceChanges(
  db: DramatisDatabase,
  changes: AppearanceChanges,
  prefetched: ReadonlyMap<string, ActorStatsRecord | undefined> = new Map(),
  alongside: (orphans: string[]) => Promise<unknown> = async () => undefined,
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
  const missing = ids.filter((id) => !prefetched.has(id));
  const fetched = missing.length ? await db.actorStats.bulkGet(missing) : [];
  const byId = new Map(prefetched);
  missing.forEach((id, i) => byId.set(id, fetched[i]));
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
    const stats: ActorStatsRecord = { id, articleCount, latest: latest ?? { url: '', title: '', analyzedAt: 0 } };
    if (lost || !latest) stale.push(stats);
    updated.push(stats);
  });
  const found = stale.length ? await Promise.all(stale.map((stats) => newestAppearances(db, stats.id, 1))) : [];
  stale.forEach((stats, i) => {
    const [appearance] = found[i]!;
    if (appearance) stats.latest = { url: appearance.url, title: appearance.title, analyzedAt: appearance.analyzedAt };
  });
  await Promise.all([
    updated.length ? db.actorStats.bulkPut(updated) : undefined,
    orphans.length ? db.actorStats.bulkDelete(orphans) : undefined,
    orphans.length ? db.actors.bulkDelete(orphans) : undefined,
    alongside(orphans),
  ]);
  return orphans;
}
