// Prefix search over every stored actor's names and aliases, ignoring case and accents
// ("sato" finds "Satō", "aso" finds "Taro Aso"), each result with where it was seen.
import type { ActorSearchResult } from '../protocol';
import type { DramatisDatabase } from './db';
import { foldForSearch } from './fold-name';
import { withPending } from './actor-stats';
import { readTotals } from './counters';

export const DEFAULT_SEARCH_RESULTS = 20;

/** Two round trips: the matching ids from the folded-key index, with the totals (whose pending stats supersede rows), then their stats (which carry their identity). */
export async function searchActors(db: DramatisDatabase, query: string, limit: number = DEFAULT_SEARCH_RESULTS): Promise<ActorSearchResult[]> {
  const folded = foldForSearch(query);
  if (!folded) return [];
  return db.transaction('r', db.actors, db.actorStats, db.counters, async () => {
    const [ids, totals] = await Promise.all([db.actors.where('searchKeys').startsWith(folded).distinct().limit(limit).primaryKeys(), readTotals(db)]);
    const rows = await db.actorStats.bulkGet(ids);
    const stats = withPending(ids, rows, totals);
    const results = stats.flatMap((actor): ActorSearchResult[] => {
      if (!actor) return [];
      return [
        {
          id: actor.id,
          name: actor.name,
          kind: actor.kind,
          aliases: actor.aliases,
          articleCount: actor.articleCount,
          latest: actor.latest.url ? { ...actor.latest } : null,
        },
      ];
    });
    // Names that start with the query before names that only contain a word starting with it.
    const rank = (result: ActorSearchResult) => (foldForSearch(result.name).startsWith(folded) ? 0 : 1);
    return results.sort((a, b) => rank(a) - rank(b) || b.articleCount - a.articleCount || a.name.localeCompare(b.name));
  });
}
