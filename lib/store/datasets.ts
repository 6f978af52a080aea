// Storing and reading back article datasets.
import type { Actor, ArticleDataset } from '../engine/types';
import { appearancesOf, toCastRecord, type AppearanceRecord, type ArticleRecord, type DramatisDatabase } from './db';
import { hostOf } from './fold-name';
import { countsOf, readTotals, totalsRecord } from './counters';
import { chooseIdentityLinks, chooseLinks, currentCandidates, linkCandidates, mayLink, relinkDataset, sameNameIds } from './link-stored-actors';
import { redirectsOf } from './corrections';
import { journalOf, MAX_JOURNAL_ENTRIES, recordRemoved, recordWritten } from './journal';
import { foldJournal } from './actor-stats';
import { evictBeyond, storeTables } from './retention';

/** The stored dataset for this URL if its text is unchanged, else null (re-analyze). */
export async function findDataset(db: DramatisDatabase, url: string, textHash: string): Promise<ArticleDataset | null> {
  return db.transaction('rw', db.articles, db.casts, async () => {
    const [article, cast] = await Promise.all([db.articles.get(url), db.casts.get(url)]);
    if (!article || article.textHash !== textHash) return null;
    await db.articles.put({ ...article, seenAt: Date.now() });
    return toDataset(article, cast ? appearancesOf(cast) : []);
  });
}

/** Marks a stored article as one the reader engaged with (opened a card on): kept longest. */
export async function markEngaged(db: DramatisDatabase, url: string): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(url);
    if (article && !article.engaged) await db.articles.put({ ...article, engaged: true });
  });
}

/** What one stored article said about one actor, or undefined. In a transaction with `casts`, or alone. */
export async function findAppearance(db: DramatisDatabase, actorId: string, url: string): Promise<AppearanceRecord | undefined> {
  const cast = await db.casts.get(url);
  return cast ? appearancesOf(cast).find((appearance) => appearance.actorId === actorId) : undefined;
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
 * actors to the stored ones (same id, or an unambiguous alias/surname), writes the article and
 * its cast, and records in the totals' journal what changes about each actor (one more or one
 * fewer article, names seen, newest article), and with `maxArticles` applies the retention cap.
 * Returns the dataset as stored (linked actors carry their stored ids).
 *
 * In Chromium every IndexedDB request costs ~0.1–0.3 ms whatever its size, so a save makes
 * few: one round of reads (the totals with the journal, the article's old version, and one
 * link query per one-word name), then three writes (the article, its cast, the totals). The
 * actor records and stats rows are brought up to date when the journal is folded: by the
 * background's housekeeping after it has replied (tidyStore), by any removal or import, or
 * by a save that finds the journal full. Until then every reader applies the journal.
 */
export async function saveDataset(db: DramatisDatabase, dataset: ArticleDataset, options: SaveOptions = {}): Promise<ArticleDataset> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', storeTables(db), async () => {
    const oneWord = dataset.actors.filter(mayLink);
    const [totals, existing, found, sameNames, corrections] = await Promise.all([
      readTotals(db),
      db.articles.get(dataset.url),
      Promise.all(oneWord.map((actor) => linkCandidates(db, actor))),
      db.actorStats.bulkGet(dataset.actors.flatMap(sameNameIds)),
      db.corrections.toArray(),
    ]);
    const journal = journalOf(totals);
    const identityLinks = chooseIdentityLinks(dataset.actors, sameNames, journal, redirectsOf(corrections));
    const candidates = new Map(oneWord.map((actor, i) => [actor.id, currentCandidates(found[i]!, journal)]));
    const aliasLinks = chooseLinks(dataset.actors.filter((actor) => !identityLinks.has(actor.id)), candidates);
    const taken = new Set(identityLinks.values());
    for (const [id, target] of aliasLinks) if (!taken.has(target)) identityLinks.set(id, target);
    const stored = relinkDataset(dataset, identityLinks);
    const before = existing?.actorIds ?? [];
    const storedIds = new Set(stored.actors.map((actor) => actor.id));
    const hadBefore = new Set(before);
    const article = toArticleRecord(stored, now);
    const latest = { url: stored.url, title: stored.title, analyzedAt: stored.analyzedAt };
    for (const actor of stored.actors) recordWritten(journal, actor, latest, hadBefore.has(actor.id));
    for (const id of before) if (!storedIds.has(id)) recordRemoved(journal, id, stored.url);
    const counts = countsOf(totals);
    const updated = totalsRecord(
      { articles: counts.articles + (existing ? 0 : 1), actors: counts.actors, appearances: counts.appearances + stored.actors.length - before.length },
      [...journal.values()],
    );
    // Every write at once, no await in between: IndexedDB pipelines them. The new cast replaces the old one.
    const [, , written] = await Promise.all([
      db.articles.put(article),
      db.casts.put(toCastRecord(article, stored.actors.map((actor) => toAppearance(stored, actor)))),
      db.counters.put(updated).then(() => updated),
    ]);
    const current = journal.size > MAX_JOURNAL_ENTRIES ? await foldJournal(db, written) : written;
    if (options.maxArticles !== undefined) await evictBeyond(db, options.maxArticles, current);
    return stored;
  });
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
