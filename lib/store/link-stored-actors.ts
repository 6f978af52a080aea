// Cross-article identity: an actor in a new article is the stored actor with the same id
// (kind + normalised name) or, failing that, the one stored actor the name unambiguously
// points at by a one-word name — "Aso" in a later article is the "Taro Aso" read before, when
// no other stored person is called Aso; "LDP" is the party stored with that alias. People
// sharing a surname are never merged: two candidates, no link.
import { normalizeName } from '../engine/actor-id';
import type { Actor, ArticleDataset } from '../engine/types';
import { identityOf, type ActorIdentity, type ActorRecord, type DramatisDatabase } from './db';
import { foldForSearch } from './fold-name';

/** Candidates read per unmatched name; more than this many is ambiguous anyway. */
const MAX_CANDIDATES = 50;

function isOneWord(name: string): boolean {
  const folded = foldForSearch(name);
  return folded !== '' && !folded.includes(' ');
}

/** Does `stored` answer to `name` (normalised) by one of its aliases or, for a person, its surname? */
function answersTo(stored: ActorRecord, actor: Actor, name: string): boolean {
  if (stored.kind !== actor.kind) return false;
  if (stored.aliases.some((alias) => normalizeName(alias) === name)) return true;
  if (actor.kind !== 'person') return false;
  const words = normalizeName(stored.name).split(' ');
  return words.length > 1 && words[words.length - 1] === name;
}

/** Can this actor stand for a stored actor of another name? Only one-word names can ("Aso", "LDP"). */
export function mayLink(actor: Actor): boolean {
  return isOneWord(actor.name);
}

/** The stored actors that might answer to a one-word name (the index of folded names; one request). */
export function linkCandidates(db: DramatisDatabase, actor: Actor): Promise<ActorRecord[]> {
  return db.actors.where('searchKeys').equals(foldForSearch(actor.name)).limit(MAX_CANDIDATES).toArray();
}

/** The one stored actor among `candidates` that answers to this actor's name, if exactly one does (what chooseLinks links to, unless the article claims it otherwise). */
export function soleCandidate(actor: Actor, candidates: readonly ActorRecord[]): string | undefined {
  const name = normalizeName(actor.name);
  const matches = candidates.filter((stored) => answersTo(stored, actor, name));
  return matches.length === 1 ? matches[0]!.id : undefined;
}

/**
 * Links each of the dataset's actors that has no record of its own to the one stored actor it
 * unambiguously names. `known` holds, in the dataset's order, what the store has under each
 * actor's own id; `candidates` the linkCandidates of every actor that has none and mayLink
 * (both read by the caller, in its transaction). A fuller name that is not stored is a new
 * actor (asking the index about every new name would cost a request each). Returns the links
 * (dataset id → stored id) and the identity of every stored actor the dataset now refers to,
 * by stored id.
 */
export function chooseLinks(
  actors: readonly Actor[],
  known: readonly (ActorIdentity | undefined)[],
  candidates: ReadonlyMap<string, readonly ActorRecord[]>,
): { links: Map<string, string>; records: Map<string, ActorIdentity> } {
  const records = new Map<string, ActorIdentity>();
  known.forEach((record) => record && records.set(record.id, record));
  const links = new Map<string, string>();
  const unmatched = actors.filter((actor, i) => !known[i] && mayLink(actor));
  if (unmatched.length === 0) return { links, records };
  const inDataset = new Set(actors.map((actor) => actor.id));
  const claimed = new Set<string>();
  for (const actor of unmatched) {
    const found = candidates.get(actor.id);
    if (!found) throw new Error(`No link candidates were read for ${actor.id}`);
    const name = normalizeName(actor.name);
    const matches = found.filter((stored) => answersTo(stored, actor, name));
    if (matches.length !== 1) continue;
    const target = matches[0]!;
    // The article already has that actor under its own name, or another name took it: keep apart.
    if (inDataset.has(target.id) || claimed.has(target.id)) continue;
    claimed.add(target.id);
    links.set(actor.id, target.id);
    records.set(target.id, identityOf(target));
  }
  return { links, records };
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
