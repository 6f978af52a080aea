// Export the whole reading dataset to one JSON file, and merge such a file back in: checked
// completely first (lib/store/dataset-file.ts), then applied in one transaction — all or nothing.
import type { ImportSummary } from '../protocol';
import type { AppearanceRecord, DramatisDatabase } from './db';
import { buildDatasetFile, datasetFileName, parseDatasetFile, type DatasetFile } from './dataset-file';
import { mergeActor } from './datasets';
import { hostOf, searchKeysFor } from './fold-name';
import { deleteOrphanedActors, evictBeyond } from './retention';

export interface DatasetExport {
  json: string;
  fileName: string;
  counts: { articles: number; actors: number; appearances: number };
}

/** One consistent snapshot of articles, actors and appearances as a file. */
export async function exportDataset(db: DramatisDatabase, now: number = Date.now()): Promise<DatasetExport> {
  const records = await db.transaction('r', db.articles, db.actors, db.appearances, async () => ({
    articles: await db.articles.toArray(),
    actors: await db.actors.toArray(),
    appearances: await db.appearances.toArray(),
  }));
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
 * later of the two. Actors are merged by id (fullest name, every alias).
 */
export async function mergeDatasetFile(db: DramatisDatabase, file: DatasetFile, options: ImportOptions = {}): Promise<ImportSummary> {
  return db.transaction('rw', db.articles, db.actors, db.appearances, async () => {
    const summary: ImportSummary = { articlesAdded: 0, articlesUpdated: 0, articlesKept: 0, actors: 0, appearances: 0 };
    const ours = await db.articles.bulkGet(file.articles.map((article) => article.url));
    const taken = new Set<string>();
    const replacedActorIds: string[] = [];
    for (const [i, article] of file.articles.entries()) {
      const existing = ours[i];
      if (existing && existing.analyzedAt >= article.analyzedAt) {
        summary.articlesKept++;
        if (article.seenAt > existing.seenAt) await db.articles.update(article.url, { seenAt: article.seenAt });
        continue;
      }
      if (existing) {
        summary.articlesUpdated++;
        const before = await db.appearances.where('url').equals(article.url).primaryKeys();
        await db.appearances.bulkDelete(before);
        replacedActorIds.push(...before.map(([actorId]) => actorId));
      } else {
        summary.articlesAdded++;
      }
      taken.add(article.url);
      await db.articles.put({ ...article, seenAt: Math.max(article.seenAt, existing?.seenAt ?? 0), host: hostOf(article.url) });
    }
    const appearances: AppearanceRecord[] = file.appearances.filter((appearance) => taken.has(appearance.url));
    const neededActors = new Set(appearances.map((appearance) => appearance.actorId));
    const actors = file.actors.filter((actor) => neededActors.has(actor.id));
    const known = await db.actors.bulkGet(actors.map((actor) => actor.id));
    await db.actors.bulkPut(actors.map((actor, i) => (known[i] ? mergeActor(known[i], actor) : { ...actor, searchKeys: searchKeysFor(actor.name, actor.aliases) })));
    await db.appearances.bulkPut(appearances);
    await deleteOrphanedActors(
      db,
      replacedActorIds.filter((actorId) => !neededActors.has(actorId)),
    );
    summary.actors = actors.length;
    summary.appearances = appearances.length;
    if (options.maxArticles !== undefined) await evictBeyond(db, options.maxArticles);
    return summary;
  });
}
