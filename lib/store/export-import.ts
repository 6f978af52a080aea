// Export the whole reading dataset to one JSON file, and merge such a file back in: checked
// completely first (lib/store/dataset-file.ts), then applied in one transaction — all or nothing.
import type { ImportSummary } from './store-types';
import { appearanceKeysOf, appearancesOf, toCastRecord, type AppearanceRecord, type ArticleRecord, type DramatisDatabase } from './db';
import { buildDatasetFile, datasetFileName, parseDatasetFile, type DatasetFile } from './dataset-file';
import { foldJournal } from './actor-stats';
import { countsOf, readTotals, totalsRecord } from './counters';
import { journalOf, recordRemoved, recordWritten } from './journal';
import { hostOf } from './fold-name';
import { evictBeyond, storeTables } from './retention';

export interface DatasetExport {
  json: string;
  fileName: string;
  counts: { articles: number; actors: number; appearances: number };
}

/** One consistent snapshot of articles, actors and appearances as a file (the journal folded first, so every actor has its record). */
export async function exportDataset(db: DramatisDatabase, now: number = Date.now()): Promise<DatasetExport> {
  const records = await db.transaction('rw', storeTables(db), async () => {
    await foldJournal(db, await readTotals(db));
    return {
      articles: await db.articles.toArray(),
      actors: await db.actors.toArray(),
      appearances: (await db.casts.toArray()).flatMap(appearancesOf),
    };
  });
  return {
    json: buildDatasetFile(records, now),
    fileName: datasetFileName(now),
    counts: { articles: records.articles.length, actors: records.actors.length, appearances: records.appearances.length },
  };
}

export interface ImportOptions {
  /** Retention cap applied after merging, in the same transaction. */
  maxArticles?: number;
}

/** Checks a file's text and merges it in (see mergeDatasetFile). Throws StoreError on a bad file. */
export async function importDataset(db: DramatisDatabase, fileText: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return mergeDatasetFile(db, parseDatasetFile(fileText), options);
}

/**
 * Merges a checked file into the store. Per article, the newer analysis wins (ties keep ours);
 * an article taken from the file replaces our appearances for it; when it was last seen is the
 * later of the two. Actors are merged by id (fullest name, every alias); actors only the file's
 * not-taken articles mention are not brought in.
 */
export async function mergeDatasetFile(db: DramatisDatabase, file: DatasetFile, options: ImportOptions = {}): Promise<ImportSummary> {
  return db.transaction('rw', storeTables(db), async () => {
    const summary: ImportSummary = { articlesAdded: 0, articlesUpdated: 0, articlesKept: 0, actors: 0, appearances: 0 };
    const [ours, totals] = await Promise.all([db.articles.bulkGet(file.articles.map((article) => article.url)), readTotals(db)]);
    const articles: ArticleRecord[] = [];
    const updated = new Set<string>();
    const titles = new Map<string, string>();
    file.articles.forEach((article, i) => {
      const existing = ours[i];
      if (existing && existing.analyzedAt >= article.analyzedAt) {
        summary.articlesKept++;
        if (article.seenAt > existing.seenAt) articles.push({ ...existing, seenAt: article.seenAt });
        return;
      }
      if (existing) updated.add(article.url);
      else summary.articlesAdded++;
      titles.set(article.url, article.title);
      articles.push({ ...article, seenAt: Math.max(article.seenAt, existing?.seenAt ?? 0), host: hostOf(article.url) });
    });
    summary.articlesUpdated = updated.size;

    const appearances: AppearanceRecord[] = file.appearances.flatMap((appearance) => {
      const title = titles.get(appearance.url);
      return title === undefined ? [] : [{ ...appearance, title }];
    });
    const incoming = new Set(appearances.map((appearance) => appearanceKey(appearance.actorId, appearance.url)));
    const before = ours.flatMap((article) => (article && updated.has(article.url) ? appearanceKeysOf(article) : []));
    const gone = before.filter(([actorId, url]) => !incoming.has(appearanceKey(actorId, url)));
    const replaced = new Set(before.map(([actorId, url]) => appearanceKey(actorId, url)));

    // What changes about each actor goes into the journal, folded below as a save's is: the
    // file's actor record is who the actor is (merged with ours), its appearances count.
    const fileActors = new Map(file.actors.map((actor) => [actor.id, actor]));
    const journal = journalOf(totals);
    for (const appearance of appearances) {
      const seenIn = { url: appearance.url, title: appearance.title, analyzedAt: appearance.analyzedAt };
      // Each appearance votes for the kind its analysis gave, as a save does (the file's counts would count twice).
      const { kindVotes: _votes, ...actor } = fileActors.get(appearance.actorId)!;
      recordWritten(journal, { ...actor, kind: appearance.kind }, seenIn, replaced.has(appearanceKey(appearance.actorId, appearance.url)));
    }
    for (const [actorId, url] of gone) recordRemoved(journal, actorId, url);
    // A taken article's cast is replaced whole (its old appearances go with it).
    const castOf = new Map<string, AppearanceRecord[]>();
    for (const appearance of appearances) {
      const cast = castOf.get(appearance.url);
      if (cast) cast.push(appearance);
      else castOf.set(appearance.url, [appearance]);
    }
    const taken = articles.filter((article) => titles.has(article.url));
    await Promise.all([db.articles.bulkPut(articles), db.casts.bulkPut(taken.map((article) => toCastRecord(article, castOf.get(article.url) ?? [])))]);
    const counts = countsOf(totals);
    const current = await foldJournal(
      db,
      totalsRecord({ ...counts, articles: counts.articles + summary.articlesAdded, appearances: counts.appearances + appearances.length - before.length }, [...journal.values()]),
    );
    summary.actors = new Set(appearances.map((appearance) => appearance.actorId)).size;
    summary.appearances = appearances.length;
    if (options.maxArticles !== undefined) await evictBeyond(db, options.maxArticles, current);
    return summary;
  });
}

/** The key of an appearance as one string ("actorId\0url"). */
function appearanceKey(actorId: string, url: string): string {
  return `${actorId}\u0000${url}`;
}
