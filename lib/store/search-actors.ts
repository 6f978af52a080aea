// Prefix search over every stored actor's names and aliases, ignoring case and accents
// ("sato" finds "Satō", "aso" finds "Taro Aso"), each result with where it was seen.
import type { ActorSearchResult } from '../protocol';
import type { DramatisDatabase } from './db';
import { foldForSearch } from './fold-name';
import { newestAppearances } from './actor-card';

export const DEFAULT_SEARCH_RESULTS = 20;

export async function searchActors(db: DramatisDatabase, query: string, limit: number = DEFAULT_SEARCH_RESULTS): Promise<ActorSearchResult[]> {
  const folded = foldForSearch(query);
  if (!folded) return [];
  return db.transaction('r', db.actors, db.appearances, db.articles, async () => {
    const ids = await db.actors.where('searchKeys').startsWith(folded).distinct().limit(limit).primaryKeys();
    const actors = (await db.actors.bulkGet(ids)).filter((actor) => actor !== undefined);
    const newest = await Promise.all(actors.map((actor) => newestAppearances(db, actor.id, 1)));
    const articles = await db.articles.bulkGet(newest.map(([latest]) => latest?.url ?? ''));
    const results = actors.map((actor, i): ActorSearchResult => {
      const [latest] = newest[i]!;
      const article = articles[i];
      return {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        articleCount: actor.articleCount,
        latest: latest ? { url: latest.url, title: article?.title || latest.url, analyzedAt: latest.analyzedAt } : null,
      };
    });
    // Names that start with the query before names that only contain a word starting with it.
    const rank = (result: ActorSearchResult) => (foldForSearch(result.name).startsWith(folded) ? 0 : 1);
    return results.sort((a, b) => rank(a) - rank(b) || b.articleCount - a.articleCount || a.name.localeCompare(b.name));
  });
}
