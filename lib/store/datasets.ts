// Storing and reading back article datasets.
import type { Actor, ArticleDataset } from '../engine/types';
import type { ActorRecord, AppearanceRecord, ArticleRecord, DramatisDatabase } from './db';
import { hostOf, searchKeysFor } from './fold-name';
import { findStoredIdentities, relinkDataset } from './link-stored-actors';
import { deleteOrphanedActors, evictBeyond } from './retention';

/** The stored dataset for this URL if its text is unchanged, else null (re-analyse). */
export async function findDataset(db: DramatisDatabase, url: string, textHash: string): Promise<ArticleDataset | null> {
  return db.transaction('rw', db.articles, db.appearances, async () => {
    const article = await db.articles.get(url);
    if (!article || article.textHash !== textHash) return null;
    await db.articles.update(url, { seenAt: Date.now() });
    const appearances = await db.appearances.where('url').equals(url).toArray();
    return toDataset(article, appearances);
  });
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
 * drops actors the old version of the article alone mentioned, and applies the retention cap.
 * Returns the dataset as stored (linked actors carry their stored ids).
 */
export async function saveDataset(db: DramatisDatabase, dataset: ArticleDataset, options: SaveOptions = {}): Promise<ArticleDataset> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.articles, db.actors, db.appearances, async () => {
    const stored = relinkDataset(dataset, await findStoredIdentities(db, dataset.actors));
    const before = await db.appearances.where('url').equals(stored.url).primaryKeys();
    await db.appearances.bulkDelete(before);
    await db.articles.put({
      url: stored.url,
      title: stored.title,
      lang: stored.lang,
      textHash: stored.textHash,
      analyzedAt: stored.analyzedAt,
      seenAt: now,
      mentions: stored.mentions,
      actorIds: stored.actors.map((actor) => actor.id),
      ...(stored.unsupported ? { unsupported: stored.unsupported } : {}),
      host: hostOf(stored.url),
    });
    const known = await db.actors.bulkGet(stored.actors.map((actor) => actor.id));
    await db.actors.bulkPut(stored.actors.map((actor, i) => mergeActor(known[i], actor)));
    await db.appearances.bulkPut(stored.actors.map((actor) => toAppearance(stored, actor)));
    const kept = new Set(stored.actors.map((actor) => actor.id));
    await deleteOrphanedActors(
      db,
      before.map(([actorId]) => actorId).filter((actorId) => !kept.has(actorId)),
    );
    if (options.maxArticles !== undefined) await evictBeyond(db, options.maxArticles);
    return stored;
  });
}

export function toAppearance(dataset: ArticleDataset, actor: Actor): AppearanceRecord {
  return {
    actorId: actor.id,
    url: dataset.url,
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

/** One record per real-world actor: keep the fullest name, gather every alias seen. */
export function mergeActor(known: Omit<ActorRecord, 'searchKeys'> | undefined, actor: Omit<ActorRecord, 'searchKeys'>): ActorRecord {
  const name = known && known.name.length >= actor.name.length ? known.name : actor.name;
  const aliases = new Set([...(known?.aliases ?? []), ...actor.aliases, actor.name, ...(known ? [known.name] : [])]);
  aliases.delete(name);
  const expansion = actor.expansion ?? known?.expansion;
  const merged = [...aliases];
  return {
    id: known?.id ?? actor.id,
    name,
    kind: known?.kind ?? actor.kind,
    aliases: merged,
    ...(expansion ? { expansion } : {}),
    searchKeys: searchKeysFor(name, merged),
  };
}
