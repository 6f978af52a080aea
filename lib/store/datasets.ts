// Storing and reading back article datasets.
import type { Actor, ArticleDataset } from '../engine/types';
import type { ActorRecord, AppearanceRecord, ArticleRecord, DramatisDatabase } from './db';
import { hostOf, searchKeysFor } from './fold-name';
import { readCounters, writeCounters } from './counters';
import { findStoredIdentities, relinkDataset } from './link-stored-actors';
import { evictBeyond, storeTables } from './retention';
import { applyAppearanceChanges, appearanceKey } from './actor-stats';

/** The stored dataset for this URL if its text is unchanged, else null (re-analyse). */
export async function findDataset(db: DramatisDatabase, url: string, textHash: string): Promise<ArticleDataset | null> {
  return db.transaction('rw', db.articles, db.appearances, async () => {
    const article = await db.articles.get(url);
    if (!article || article.textHash !== textHash) return null;
    const [appearances] = await Promise.all([db.appearances.bulkGet(appearanceKeysOf(article)), db.articles.update(url, { seenAt: Date.now() })]);
    return toDataset(article, appearances.filter((appearance) => appearance !== undefined));
  });
}

/** The keys of an article's appearances: one per actor it lists (a store invariant). */
export function appearanceKeysOf(article: Pick<ArticleRecord, 'url' | 'actorIds'>): [string, string][] {
  return article.actorIds.map((actorId): [string, string] => [actorId, article.url]);
}

function toDataset(article: ArticleRecord, appearances: AppearanceRecord[]): ArticleDataset {
  const order = new Map(article.actorIds.map((id, i) => [id, i]));
  const inOrder = [...appearances].sort((a, b) => (order.get(a.actorId) ?? 0) - (order.get(b.actorId) ?? 0));
  const actors: Actor[] = inOrder.map((appearance) => ({
    id: appearance.actorId,
    name: appearance.name,
    kind: appearance.kind,
    aliases: appearance.aliases,
    ...(appearance.expansion ? { expansion: appearance.expansion } : {}),
    descriptors: appearance.descriptors,
    quotes: appearance.quotes,
    mentions: appearance.mentions,
  }));
  return {
    url: article.url,
    title: article.title,
    lang: article.lang,
    textHash: article.textHash,
    analyzedAt: article.analyzedAt,
    actors,
    mentions: article.mentions,
    ...(article.unsupported ? { unsupported: article.unsupported } : {}),
  };
}

/** How saving behaves; the defaults suit tests, the background passes the reader's settings. */
export interface SaveOptions {
  /** ms since epoch: when the reader saw the article (retention is least recently seen first). */
  now?: number;
  /** Retention cap: older articles beyond it are evicted in the same transaction. */
  maxArticles?: number;
}

/**
 * Saves a dataset, replacing whatever this URL had before, all in one transaction: links its
 * actors to the stored ones (same id, or an unambiguous alias/surname), merges their records,
 * drops actors the old version of the article alone mentioned, and (with `maxArticles`)
 * applies the retention cap. Returns the dataset as stored (linked actors carry their stored ids).
 *
 * In Chromium every dependent request is a round trip and reads queued behind writes wait for
 * them, so everything is read first (two rounds) and every write goes out in one batch.
 * The background saves without `maxArticles` and runs `enforceRetention` after replying.
 */
export async function saveDataset(db: DramatisDatabase, dataset: ArticleDataset, options: SaveOptions = {}): Promise<ArticleDataset> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', storeTables(db), async () => {
    const [{ links, records }, existing, counts, stats] = await Promise.all([
      findStoredIdentities(db, dataset.actors),
      db.articles.get(dataset.url),
      readCounters(db),
      db.actorStats.bulkGet(dataset.actors.map((actor) => actor.id)),
    ]);
    const stored = relinkDataset(dataset, links);
    const before = existing ? appearanceKeysOf(existing) : [];
    const ids = new Set(stored.actors.map((actor) => actor.id));
    const dropped = before.filter(([actorId]) => !ids.has(actorId));
    const prefetched = new Map(dataset.actors.map((actor, i) => [actor.id, stats[i]]));
    // Stats of linked actors and of actors the old version alone had: read before any write.
    const unread = [...new Set([...links.values(), ...dropped.map(([actorId]) => actorId)])].filter((id) => !prefetched.has(id));
    if (unread.length) (await db.actorStats.bulkGet(unread)).forEach((record, i) => prefetched.set(unread[i]!, record));

    const replaced = new Set(before.map(([actorId, url]) => appearanceKey(actorId, url)));
    // Actor records are rewritten only when the article adds something (a fuller name, an alias).
    const changedActors = stored.actors.flatMap((actor) => {
      const known = records.get(actor.id);
      const merged = mergeActor(known, actor);
      return known && sameActor(known, merged) ? [] : [merged];
    });
    const created = stored.actors.filter((actor) => !records.has(actor.id)).length;
    const appearances = stored.actors.map((actor) => toAppearance(stored, actor));
    await Promise.all([
      dropped.length ? db.appearances.bulkDelete(dropped) : undefined,
      db.articles.put(toArticleRecord(stored, now)),
      changedActors.length ? db.actors.bulkPut(changedActors) : undefined,
      db.appearances.bulkPut(appearances),
      applyAppearanceChanges(db, { written: appearances, deleted: dropped, replaced }, prefetched, (orphans) =>
        writeCounters(db, {
          articles: counts.articles + (existing ? 0 : 1),
          actors: counts.actors + created - orphans.length,
          appearances: counts.appearances + appearances.length - before.length,
        }),
      ),
    ]);
    if (options.maxArticles !== undefined) await evictBeyond(db, options.maxArticles);
    return stored;
  });
}

/** True when two records say the same (no need to rewrite the stored one). */
export function sameActor(a: ActorRecord, b: ActorRecord): boolean {
  return a.name === b.name && a.kind === b.kind && a.expansion === b.expansion && a.aliases.length === b.aliases.length && a.aliases.every((alias, i) => alias === b.aliases[i]);
}

function toArticleRecord(dataset: ArticleDataset, seenAt: number): ArticleRecord {
  return {
    url: dataset.url,
    title: dataset.title,
    lang: dataset.lang,
    textHash: dataset.textHash,
    analyzedAt: dataset.analyzedAt,
    seenAt,
    mentions: dataset.mentions,
    actorIds: dataset.actors.map((actor) => actor.id),
    ...(dataset.unsupported ? { unsupported: dataset.unsupported } : {}),
    host: hostOf(dataset.url),
  };
}

export function toAppearance(dataset: ArticleDataset, actor: Actor): AppearanceRecord {
  return {
    actorId: actor.id,
    url: dataset.url,
    title: dataset.title,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    ...(actor.expansion ? { expansion: actor.expansion } : {}),
    descriptors: actor.descriptors,
    quotes: actor.quotes,
    mentions: actor.mentions,
    analyzedAt: dataset.analyzedAt,
  };
}

/** Aliases kept per actor; beyond it the newest forms are not added (bounds record and index size). */
export const MAX_ALIASES = 100;

type ActorFields = Omit<ActorRecord, 'searchKeys'>;

/** One record per real-world actor: keep the fullest name, gather every alias seen. */
export function mergeActor(known: ActorFields | undefined, actor: ActorFields): ActorRecord {
  const name = known && known.name.length >= actor.name.length ? known.name : actor.name;
  const aliases = new Set([...(known?.aliases ?? []), ...actor.aliases, actor.name, ...(known ? [known.name] : [])]);
  aliases.delete(name);
  const expansion = actor.expansion ?? known?.expansion;
  const merged = [...aliases].slice(0, MAX_ALIASES);
  return {
    id: known?.id ?? actor.id,
    name,
    kind: known?.kind ?? actor.kind,
    aliases: merged,
    ...(expansion ? { expansion } : {}),
    searchKeys: searchKeysFor(name, merged),
  };
}
