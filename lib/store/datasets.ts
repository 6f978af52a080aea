// Storing and reading back article datasets.
import type { Actor, ArticleDataset } from '../engine/types';
import { appearancesOf, toCastRecord, type ActorIdentity, type ActorRecord, type ActorStatsRecord, type AppearanceRecord, type ArticleRecord, type DramatisDatabase } from './db';
import { hostOf, searchKeysFor } from './fold-name';
import { countsOf, readTotals, writeCounters } from './counters';
import { chooseLinks, linkCandidates, mayLink, relinkDataset, soleCandidate } from './link-stored-actors';
import { StatsSession } from './stats-cache';
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
 * add a round trip each; so a save reads only the stats its writer's cache lacks (one record
 * per actor, carrying its identity; lib/store/stats-cache.ts), writes the article and its cast
 * as two records, writes only the actor records an article teaches something new and the
 * stats that change, and sends every write in one batch. Reads: one round (with the link
 * query for one-word names not known to be stored); a second only for actors the old version
 * alone had or stats the cache turned out not to hold, a third only for a link found to an
 * actor the cache lacks.
 * The background saves without `maxArticles` and runs `enforceRetention` after replying.
 */
export async function saveDataset(db: DramatisDatabase, dataset: ArticleDataset, options: SaveOptions = {}): Promise<ArticleDataset> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', storeTables(db), async () => {
    const session = new StatsSession(db);
    const ids = dataset.actors.map((actor) => actor.id);
    // Round 1, all at once: the totals (they tell whether the stats cache is valid), the old
    // version of the article, the stats the cache seems not to hold, and the link candidates
    // of one-word names that seem not to be stored. The guesses are checked afterwards.
    const toRead = ids.filter((id) => session.peek(id) === undefined);
    const toQuery = dataset.actors.filter((actor) => mayLink(actor) && !session.peek(actor.id));
    // The stats of the stored actor a name would link to are asked for as soon as the link
    // query answers (IndexedDB answers in order: the totals, asked first, have been checked).
    const linkStats = new Map<string, ActorStatsRecord | undefined>();
    const [totals, existing, read, queried] = await Promise.all([
      readTotals(db).then((record) => (session.check(record), record)),
      db.articles.get(dataset.url),
      toRead.length ? db.actorStats.bulkGet(toRead) : [],
      Promise.all(
        toQuery.map(async (actor) => {
          const found = await linkCandidates(db, actor);
          const target = soleCandidate(actor, found);
          if (target && session.isChecked) await readStats(db, session, [target], linkStats);
          return found;
        }),
      ),
    ]);
    session.check(totals);
    const found = session.remember(toRead, read);
    const stats = new Map<string, ActorStatsRecord | undefined>(toRead.map((id, i) => [id, found[i]]));
    for (const [id, entry] of linkStats) if (!stats.has(id)) stats.set(id, entry);
    const candidates = new Map(toQuery.map((actor, i) => [actor.id, queried[i]!]));
    const before = existing ? appearanceKeysOf(existing) : [];
    // Further rounds only for what round 1 could not know: actors the old version alone had,
    // entries the cache lost meanwhile, one-word names found not stored, linked actors.
    const inDataset = new Set(ids);
    const formerOnly = before.map(([actorId]) => actorId).filter((id) => !inDataset.has(id));
    await readStats(db, session, [...ids, ...formerOnly], stats);
    const unqueried = dataset.actors.filter((actor) => !stats.get(actor.id) && mayLink(actor) && !candidates.has(actor.id));
    if (unqueried.length) (await Promise.all(unqueried.map((actor) => linkCandidates(db, actor)))).forEach((found, i) => candidates.set(unqueried[i]!.id, found));
    const { links, records } = chooseLinks(dataset.actors, ids.map((id) => stats.get(id)), candidates);
    await readStats(db, session, [...links.values()], stats);

    const stored = relinkDataset(dataset, links);
    const storedIds = new Set(stored.actors.map((actor) => actor.id));
    const dropped = before.filter(([actorId]) => !storedIds.has(actorId));
    const replaced = new Set(before.map(([actorId, url]) => appearanceKey(actorId, url)));
    const changedActors = actorsToWrite(stored.actors, records);
    const created = stored.actors.filter((actor) => !records.has(actor.id)).length;
    const article = toArticleRecord(stored, now);
    const appearances = stored.actors.map((actor) => toAppearance(stored, actor));
    const counts = countsOf(totals);
    // Every write at once, no await in between: IndexedDB pipelines them. The new cast replaces the old one.
    await Promise.all([
      db.articles.put(article),
      db.casts.put(toCastRecord(article, appearances)),
      changedActors.length ? db.actors.bulkPut(changedActors) : undefined,
      applyAppearanceChanges(
        db,
        { written: appearances, deleted: dropped, replaced, actors: new Map(changedActors.map((actor) => [actor.id, actor])) },
        session,
        stats,
        (orphans) =>
          writeCounters(
            db,
            {
              articles: counts.articles + (existing ? 0 : 1),
              actors: counts.actors + created - orphans.length,
              appearances: counts.appearances + appearances.length - before.length,
            },
            session,
          ),
        'pending',
      ),
    ]);
    if (options.maxArticles !== undefined) await evictBeyond(db, options.maxArticles, session);
    return stored;
  });
}

/**
 * Adds to `into` the stats of `ids` it lacks: from the session's cache, else read in one
 * round (no request when the cache has them all).
 */
async function readStats(db: DramatisDatabase, session: StatsSession, ids: readonly string[], into: Map<string, ActorStatsRecord | undefined>): Promise<void> {
  const unread: string[] = [];
  for (const id of ids) {
    if (into.has(id)) continue;
    const cached = session.lookup(id);
    if (cached === undefined) unread.push(id);
    else into.set(id, cached ?? undefined);
  }
  if (unread.length === 0) return;
  const found = session.remember(unread, await db.actorStats.bulkGet(unread));
  unread.forEach((id, i) => into.set(id, found[i]));
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
