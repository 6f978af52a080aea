// Cross-article identity: an actor in a new article is the stored actor with the same id
// (kind + normalised name) or, failing that, the one stored actor the name unambiguously
// points at — "Aso" in a later article is the "Taro Aso" read before, when no other stored
// person is called Aso. People sharing a surname are never merged: two candidates, no link.
import { normalizeName } from '../engine/actor-id';
import type { Actor, ArticleDataset } from '../engine/types';
import type { ActorRecord, DramatisDatabase } from './db';
import { foldForSearch } from './fold-name';

/** Candidates read per unmatched name; more than this many is ambiguous anyway. */
const MAX_CANDIDATES = 50;

/** Does `stored` answer to `name` (normalised) by one of its aliases or, for a person, its surname? */
function answersTo(stored: ActorRecord, actor: Actor, name: string): boolean {
  if (stored.kind !== actor.kind) return false;
  if (stored.aliases.some((alias) => normalizeName(alias) === name)) return true;
  if (actor.kind !== 'person' || name.includes(' ')) return false;
  const words = normalizeName(stored.name).split(' ');
  return words.length > 1 && words[words.length - 1] === name;
}

/**
 * Maps each actor of the dataset that has no stored record of its own to the one stored actor
 * it unambiguously names. Must run inside a transaction that includes `actors`.
 * Returns old id → stored id for the actors that were linked.
 */
export async function findStoredIdentities(db: DramatisDatabase, actors: readonly Actor[]): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const inDataset = new Set(actors.map((actor) => actor.id));
  const known = await db.actors.bulkGet(actors.map((actor) => actor.id));
  const claimed = new Set<string>();
  for (const [i, actor] of actors.entries()) {
    if (known[i]) continue;
    const folded = foldForSearch(actor.name);
    if (!folded) continue;
    const name = normalizeName(actor.name);
    const candidates = await db.actors.where('searchKeys').equals(folded).limit(MAX_CANDIDATES).toArray();
    const matches = candidates.filter((stored) => answersTo(stored, actor, name));
    if (matches.length !== 1) continue;
    const target = matches[0]!.id;
    // The article already has that actor under its own name, or another name took it: keep apart.
    if (inDataset.has(target) || claimed.has(target)) continue;
    claimed.add(target);
    links.set(actor.id, target);
  }
  return links;
}

/** The dataset with linked actors and their mentions under their stored ids. */
export function relinkDataset(dataset: ArticleDataset, links: ReadonlyMap<string, string>): ArticleDataset {
  if (links.size === 0) return dataset;
  const idOf = (id: string) => links.get(id) ?? id;
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => (links.has(actor.id) ? { ...actor, id: idOf(actor.id) } : actor)),
    mentions: dataset.mentions.map((mention) => (links.has(mention.actorId) ? { ...mention, actorId: idOf(mention.actorId) } : mention)),
  };
}
