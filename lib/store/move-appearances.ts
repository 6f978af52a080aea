// Moving an actor's appearances to another actor (a merge, a split, later linking) and moving
// them back (undo). Each moved appearance is recorded as it was, so undo can put it back:
// where the target already appeared in the article, the two entries are combined, and the
// target's entry before is kept too. Runs in a rw transaction over the store's tables, with
// the journal folded; records what changes in `journal` for the caller to fold.
import { Dexie } from 'dexie';
import type { ActorIdentity, ArticleRecord, CastEntry, CastRecord, DramatisDatabase, MovedAppearance } from './db';
import { castEntries } from './db';
import { recordRemoved, recordWritten, type Journal } from './journal';

/** What a move did to the counts: appearances combined with the target's are one fewer. */
export interface MoveResult {
  moved: MovedAppearance[];
  combined: number;
}

/** Every cast that lists the actor (its index entries; one request). */
function castsOf(db: DramatisDatabase, actorId: string): Promise<CastRecord[]> {
  return db.casts.where('actorDates').between([actorId, Dexie.minKey], [actorId, Dexie.maxKey]).toArray();
}

/** One article's two entries as one: the target's, with the source's names, descriptors, quotes and mentions added. */
export function combineEntries(target: CastEntry, source: CastEntry): CastEntry {
  const aliases = new Set([...target.aliases, source.name, ...source.aliases]);
  aliases.delete(target.name);
  return {
    ...target,
    aliases: [...aliases],
    descriptors: [...target.descriptors, ...source.descriptors],
    quotes: [...target.quotes, ...source.quotes],
    mentions: target.mentions + source.mentions,
  };
}

function identityIn(entry: CastEntry, id: string): ActorIdentity {
  return { id, name: entry.name, kind: entry.kind, aliases: entry.aliases, ...(entry.expansion ? { expansion: entry.expansion } : {}) };
}

function withEntries(cast: CastRecord, entries: CastEntry[]): CastRecord {
  return { ...cast, entries: entries.map((entry) => JSON.stringify(entry)), actorDates: entries.map((entry) => [entry.actorId, cast.analyzedAt]) };
}

function latestOf(cast: CastRecord) {
  return { url: cast.url, title: cast.title, analyzedAt: cast.analyzedAt };
}

/**
 * Moves the appearances of `from` that `select` picks to `to`. Returns them as they were
 * (for undo) and how many were combined with an appearance of `to` in the same article.
 */
export async function moveAppearances(db: DramatisDatabase, from: string, to: string, select: (entry: CastEntry) => boolean, journal: Journal): Promise<MoveResult> {
  const casts = await castsOf(db, from);
  const articles = await db.articles.bulkGet(casts.map((cast) => cast.url));
  const moved: MovedAppearance[] = [];
  const newCasts: CastRecord[] = [];
  const newArticles: ArticleRecord[] = [];
  let combined = 0;
  casts.forEach((cast, i) => {
    const entries = castEntries(cast);
    const source = entries.find((entry) => entry.actorId === from);
    const article = articles[i];
    if (!source || !article || !select(source)) return;
    const target = entries.find((entry) => entry.actorId === to);
    const mentions = article.mentions.flatMap((mention, at) => (mention.actorId === from ? [at] : []));
    moved.push({
      url: cast.url,
      analyzedAt: cast.analyzedAt,
      entry: JSON.stringify(source),
      ...(target ? { targetBefore: JSON.stringify(target) } : {}),
      mentions,
    });
    const next = target
      ? entries.flatMap((entry) => (entry === source ? [] : entry === target ? [combineEntries(target, source)] : [entry]))
      : entries.map((entry) => (entry === source ? { ...source, actorId: to } : entry));
    newCasts.push(withEntries(cast, next));
    newArticles.push({
      ...article,
      actorIds: next.map((entry) => entry.actorId),
      mentions: article.mentions.map((mention) => (mention.actorId === from ? { ...mention, actorId: to } : mention)),
    });
    recordRemoved(journal, from, cast.url);
    recordWritten(journal, identityIn(source, to), latestOf(cast), target !== undefined);
    if (target) combined++;
  });
  await Promise.all([db.casts.bulkPut(newCasts), db.articles.bulkPut(newArticles)]);
  return { moved, combined };
}

/**
 * Puts moved appearances back from `to` to `from`, in the articles not analyzed again since.
 * Returns how many appearances were split apart again (the count moveAppearances combined).
 */
export async function moveBack(db: DramatisDatabase, from: string, to: string, moved: readonly MovedAppearance[], journal: Journal): Promise<number> {
  const urls = moved.map((appearance) => appearance.url);
  const [casts, articles] = await Promise.all([db.casts.bulkGet(urls), db.articles.bulkGet(urls)]);
  const newCasts: CastRecord[] = [];
  const newArticles: ArticleRecord[] = [];
  let separated = 0;
  moved.forEach((appearance, i) => {
    const cast = casts[i];
    const article = articles[i];
    if (!cast || !article || cast.analyzedAt !== appearance.analyzedAt) return;
    const entries = castEntries(cast);
    const now = entries.find((entry) => entry.actorId === to);
    if (!now || entries.some((entry) => entry.actorId === from)) return;
    const source = JSON.parse(appearance.entry) as CastEntry;
    const before = appearance.targetBefore === undefined ? undefined : (JSON.parse(appearance.targetBefore) as CastEntry);
    const next = before ? [...entries.map((entry) => (entry === now ? before : entry)), source] : entries.map((entry) => (entry === now ? source : entry));
    const wasSource = new Set(appearance.mentions);
    newCasts.push(withEntries(cast, next));
    newArticles.push({
      ...article,
      actorIds: next.map((entry) => entry.actorId),
      mentions: article.mentions.map((mention, at) => (wasSource.has(at) && mention.actorId === to ? { ...mention, actorId: from } : mention)),
    });
    if (before) {
      separated++;
      recordWritten(journal, identityIn(before, to), latestOf(cast), true);
    } else {
      recordRemoved(journal, to, cast.url);
    }
    recordWritten(journal, identityIn(source, from), latestOf(cast), false);
  });
  await Promise.all([db.casts.bulkPut(newCasts), db.articles.bulkPut(newArticles)]);
  return separated;
}
