// Export the whole reading dataset to one JSON file, and merge such a file back in: checked
// completely first (lib/store/dataset-file.ts), then applied in one transaction — all or nothing.
import type { ImportSummary } from '../protocol';
import { appearancesOf, toCastRecord, type ActorRecord, type AppearanceRecord, type ArticleRecord, type DramatisDatabase } from './db';
import { buildDatasetFile, datasetFileName, parseDatasetFile, type DatasetFile } from './dataset-file';
import { applyAppearanceChanges, appearanceKey, foldJournal } from './actor-stats';
import { mergeActor, sameActor } from './actor-identity';
import { appearanceKeysOf } from './datasets';
import { addToCounters, readTotals } from './counters';
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
    // The journal first, so that the stats rows read below are current.
    const [ours, totals] = await Promise.all([db.articles.bulkGet(file.articles.map((article) => article.url)), readTotals(db).then((read) => foldJournal(db, read))]);
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

    const needed = [...new Set(appearances.map((appearance) => appearance.actorId))];
    const fileActors = new Map(file.actors.map((actor) => [actor.id, actor]));
    // Stats carry each stored actor's identity: one read per actor gives both.
    const known = await db.actorStats.bulkGet(needed);
    const changed: ActorRecord[] = needed.flatMap((id, i) => {
      const merged = mergeActor(known[i], fileActors.get(id)!);
      return known[i] && sameActor(known[i], merged) ? [] : [merged];
    });
    // A taken article's cast is replaced whole (its old appearances go with it).
    const castOf = new Map<string, AppearanceRecord[]>();
    for (const appearance of appearances) {
      const cast = castOf.get(appearance.url);
      if (cast) cast.push(appearance);
      else castOf.set(appearance.url, [appearance]);
    }
    const taken = articles.filter((article) => titles.has(article.url));
    await Promise.all([
      db.articles.bulkPut(articles),
      db.casts.bulkPut(taken.map((article) => toCastRecord(article, castOf.get(article.url) ?? []))),
      db.actors.bulkPut(changed),
    ]);
    const prefetched = new Map(needed.map((id, i) => [id, known[i]]));
    const orphans = await applyAppearanceChanges(db, { written: appearances, deleted: gone, replaced, actors: new Map(changed.map((actor) => [actor.id, actor])) }, prefetched);
    const created = known.filter((actor) => !actor).length;
    const current = await addToCounters(db, totals, { articles: summary.articlesAdded, actors: created - orphans.length, appearances: appearances.length - before.length });
    summary.actors = needed.length;
    summary.appearances = appearances.length;
    if (options.maxArticles !== undefined) await evictBeyond(db, options.maxArticles, current);
    return summary;
  });
}
