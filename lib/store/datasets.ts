// Storing and reading back article datasets.
import type { Actor, ArticleDataset } from '../engine/types';
import { appearancesOf, toCastRecord, type ActorIdentity, type ActorRecord, type ActorStatsRecord, type AppearanceRecord, type ArticleRecord, type DramatisDatabase } from './db';
import { hostOf, searchKeysFor } from './fold-name';
import { readCounters, writeCounters } from './counters';
import { findStoredIdentities, relinkDataset } from './link-stored-actors';
import { evictBeyond, storeTables } from './retention';
import { applyAppearanceChanges, appearanceKey } from './actor-stats';

/** The stored dataset for this URL if its text is unchanged, else null (re-analyse). */
export async function findDataset(db: DramatisDatabase, url: string, textHash: string): Promise<ArticleDataset | null> {
  return db.transaction('rw', db.articles, db.casts, async () => {
    const [article, cast] = await Promise.all([db.articles.get(url), db.casts.get(url)]);
    if (!article || article.textHash !== textHash) return null;
    await db.articles.put({ ...article, seenAt: Date.now() });
    return toDataset(article, cast ? appearancesOf(cast) : []);
  });
}

/** What one stored article said about one actor, or undefined. In a transaction with `casts`, or alone. */
export async function findAppearance(db: DramatisDatabase, actorId: string, url: string): Promise<AppearanceRecord | undefined> {
  const cast = await db.casts.get(url);
  return cast ? appearancesOf(cast).find((appearance) => appearance.actorId === actorId) : undefined;
}

/** The keys of an article's appearances: one per actor it lists (a store invariant). */
export function appearanceKeysOf(article: Pick<ArticleRecord, 'url' | 'actorIds'>): [string, string][] {
  return article.actorIds.map((actorId): [string, string] => [actorId, article.url]);
}

/** The dataset as the engine gave it (appearances come in the article's actor order). */
function toDataset(article: ArticleRecord, appearances: AppearanceRecord[]): ArticleDataset {
  const actors: Actor[] = appearances.map((appearance) => ({
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
 * In Chromium every IndexedDB request costs ~0.2 ms whatever its size, and dependent requests
 * add a round trip each; so a save reads one record per actor (its stats, which carry its
 * identity), writes the article and its cast as two records, writes only the actor records an
 * article teaches something new and the stats that change, and sends every write in one batch.
 * Reads: one round, a second only for one-word names not stored or actors the old version
 * alone had, a third only when a name links to a stored actor.
 * The background saves without `maxArticles` and runs `enforceRetention` after replying.
 */
export async function saveDataset(db: DramatisDatabase, dataset: ArticleDataset, options: SaveOptions = {}): Promise<ArticleDataset> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', storeTables(db), async () => {
    const [known, existing, counts] = await Promise.all([
      db.actorStats.bulkGet(dataset.actors.map((actor) => actor.id)),
      db.articles.get(dataset.url),
      readCounters(db),
    ]);
    const prefetched = new Map<string, ActorStatsRecord | undefined>(dataset.actors.map((actor, i) => [actor.id, known[i]]));
    const before = existing ? appearanceKeysOf(existing) : [];
    // Actors the old version had and the new one does not name (unless a link brings them back).
    const formerOnly = before.map(([actorId]) => actorId).filter((id) => !prefetched.has(id));
    const [{ links, records }] = await Promise.all([
      findStoredIdentities(db, dataset.actors, known),
      readStatsInto(db, formerOnly, prefetched),
    ]);
    await readStatsInto(db, [...links.values()].filter((id) => !prefetched.has(id)), prefetched);

    const stored = relinkDataset(dataset, links);
    const ids = new Set(stored.actors.map((actor) => actor.id));
    const dropped = before.filter(([actorId]) => !ids.has(actorId));
    const replaced = new Set(before.map(([actorId, url]) => appearanceKey(actorId, url)));
    const changedActors = actorsToWrite(stored.actors, records);
    const created = stored.actors.filter((actor) => !records.has(actor.id)).length;
    const article = toArticleRecord(stored, now);
    const appearances = stored.actors.map((actor) => toAppearance(stored, actor));
    // Every write at once, no await in between: IndexedDB pipelines them. The new cast replaces the old one.
    await Promise.all([
      db.articles.put(article),
      db.casts.put(toCastRecord(article, appearances)),
      changedActors.length ? db.actors.bulkPut(changedActors) : undefined,
      applyAppearanceChanges(
        db,
        { written: appearances, deleted: dropped, replaced, actors: new Map(changedActors.map((actor) => [actor.id, actor])) },
        prefetched,
        (orphans) =>
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

/** Reads the stats of `ids` into `into` (no request when there are none). */
async function readStatsInto(db: DramatisDatabase, ids: readonly string[], into: Map<string, ActorStatsRecord | undefined>): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.actorStats.bulkGet([...ids]);
  ids.forEach((id, i) => into.set(id, found[i]));
}

/** The actor records an article changes: new actors, and known ones it teaches a fuller name or an alias. */
function actorsToWrite(actors: readonly Actor[], known: ReadonlyMap<string, ActorIdentity>): ActorRecord[] {
  return actors.flatMap((actor) => {
    const record = known.get(actor.id);
    const merged = mergeIdentity(record, actor);
    return record && sameActor(record, merged) ? [] : [withSearchKeys(merged)];
  });
}

/** True when two records say the same (no need to rewrite the stored one). */
export function sameActor(a: ActorIdentity, b: ActorIdentity): boolean {
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
  return withSearchKeys(mergeIdentity(known, actor));
}

/** The record with its search keys (folding every name is the costly part, so only for records written). */
function withSearchKeys(identity: ActorIdentity): ActorRecord {
  return { ...identity, searchKeys: searchKeysFor(identity.name, identity.aliases) };
}

/** What mergeActor decides, without the search keys. */
function mergeIdentity(known: ActorFields | undefined, actor: ActorFields): ActorIdentity {
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
  };
}
