// Prefix search over every stored actor's names and aliases, ignoring case and accents
// ("sato" finds "Satō", "aso" finds "Taro Aso"), each result with where it was seen.
import type { ActorSearchResult } from './store-types';
import type { DramatisDatabase } from './db';
import { foldForSearch, searchKeysFor } from './fold-name';
import { readTotals } from './counters';
import { currentStatsOf, journalOf, type Journal } from './journal';

export const DEFAULT_SEARCH_RESULTS = 20;

/**
 * Two round trips: the matching ids from the folded-key index, with the totals (whose journal
 * may add actors and names not folded into the index yet), then their stats (which carry
 * their identity).
 */
export async function searchActors(db: DramatisDatabase, query: string, limit: number = DEFAULT_SEARCH_RESULTS): Promise<ActorSearchResult[]> {
  const folded = foldForSearch(query);
  if (!folded) return [];
  return db.transaction('r', db.actors, db.actorStats, db.counters, async () => {
    const [indexed, totals] = await Promise.all([db.actors.where('searchKeys').startsWith(folded).distinct().limit(limit).primaryKeys(), readTotals(db)]);
    const journal = journalOf(totals);
    const ids = [...new Set([...indexed, ...journalMatches(journal, folded)])];
    const rows = await db.actorStats.bulkGet(ids);
    const stats = currentStatsOf(ids, rows, journal);
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
    return results.sort((a, b) => rank(a) - rank(b) || b.articleCount - a.articleCount || a.name.localeCompare(b.name)).slice(0, limit);
  });
}

/** Actors whose names seen since the last fold (not in the index yet) have a word starting with `folded`. */
function journalMatches(journal: Journal, folded: string): string[] {
  const ids: string[] = [];
  for (const entry of journal.values()) {
    const seen = entry.identity;
    if (seen && searchKeysFor(seen.name, seen.aliases).some((key) => key.startsWith(folded))) ids.push(entry.id);
  }
  return ids;
}
