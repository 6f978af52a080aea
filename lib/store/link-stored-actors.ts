// Cross-article identity: an actor in a new article is the actor the reader's corrections
// send its name to (a merged name keeps linking, a split one stays apart), else the stored
// actor with the same id (kind + normalized name), else one stored under the same name with
// another kind (an article without a cue types "Zentrix" a person; it is still the company
// read about before, and the kind most articles gave wins), or, failing that, the one stored actor the name unambiguously
// points at by a one-word name — "Aso" in a later article is the "Taro Aso" read before, when
// no other stored person is called Aso; "LDP" is the party stored with that alias. People
// sharing a surname are never merged: two candidates, no link.
import { actorId, normalizeName } from '../engine/actor-id';
import { ACTOR_KINDS, type Actor, type ArticleDataset } from '../engine/types';
import type { ActorIdentity, ActorRecord, ActorStatsRecord, DramatisDatabase } from './db';
import { foldForSearch } from './fold-name';
import { currentIdentity, currentStats, type Journal } from './journal';

/** Candidates read per one-word name; this many is ambiguous anyway. */
const MAX_CANDIDATES = 50;

function isOneWord(name: string): boolean {
  const folded = foldForSearch(name);
  return folded !== '' && !folded.includes(' ');
}

/** Does `stored` answer to `name` (normalized) by one of its aliases or, for a person, its surname? */
function answersTo(stored: ActorIdentity, actor: Actor, name: string): boolean {
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

/**
 * The candidates as stored now: the index's records with their journal entries applied, and
 * the actors only the journal knows yet (lib/store/journal.ts). Null when the index held
 * MAX_CANDIDATES or more: too many to tell (and the name's own record may be among those left out).
 */
export function currentCandidates(found: readonly ActorRecord[], journal: Journal): ActorIdentity[] | null {
  if (found.length >= MAX_CANDIDATES) return null;
  const byId = new Map<string, ActorIdentity>();
  for (const record of found) byId.set(record.id, currentIdentity(record, journal.get(record.id))!);
  for (const entry of journal.values()) {
    if (!byId.has(entry.id) && entry.identity && entry.articles > 0) byId.set(entry.id, entry.identity);
  }
  return [...byId.values()];
}

/**
 * Links each one-word name of the dataset that is not stored under its own id to the one
 * stored actor it unambiguously names. `candidates` holds, for every actor that mayLink, its
 * currentCandidates (read by the caller, in its transaction). A fuller name that is not stored
 * is a new actor (asking the index about every new name would cost a request each). Returns
 * the links (dataset id → stored id).
 */
export function chooseLinks(actors: readonly Actor[], candidates: ReadonlyMap<string, readonly ActorIdentity[] | null>): Map<string, string> {
  const links = new Map<string, string>();
  const inDataset = new Set(actors.map((actor) => actor.id));
  const claimed = new Set<string>();
  for (const actor of actors) {
    if (!mayLink(actor)) continue;
    const found = candidates.get(actor.id);
    if (found === undefined) throw new Error(`No link candidates were read for ${actor.id}`);
    // Too many to tell, or stored under its own name: no link.
    if (found === null || found.some((stored) => stored.id === actor.id)) continue;
    const name = normalizeName(actor.name);
    const matches = found.filter((stored) => answersTo(stored, actor, name));
    if (matches.length !== 1) continue;
    const target = matches[0]!;
    // The article already has that actor under its own name, or another name took it: keep apart.
    if (inDataset.has(target.id) || claimed.has(target.id)) continue;
    claimed.add(target.id);
    links.set(actor.id, target.id);
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

/** The ids an actor's name has under every kind ("organization:zentrix", "person:zentrix", …). */
export function sameNameIds(actor: Actor): string[] {
  return ACTOR_KINDS.map((kind) => actorId(kind, actor.name));
}

/**
 * Links by the reader's corrections first (`redirects`: normalized name → actor id), then by
 * name across kinds: an actor not stored under its own id takes the id its name is stored
 * under with another kind (the one in most articles). `rows` holds the stats rows of every
 * actor's sameNameIds, in that order (one bulkGet). Two actors of the article never take one id.
 */
export function chooseIdentityLinks(
  actors: readonly Actor[],
  rows: readonly (ActorStatsRecord | undefined)[],
  journal: Journal,
  redirects: ReadonlyMap<string, string>,
): Map<string, string> {
  const links = new Map<string, string>();
  const inDataset = new Set(actors.map((actor) => actor.id));
  const claimed = new Set<string>();
  const take = (actor: Actor, target: string) => {
    if (target === actor.id || inDataset.has(target) || claimed.has(target)) return false;
    claimed.add(target);
    links.set(actor.id, target);
    return true;
  };
  actors.forEach((actor, i) => {
    const redirect = redirects.get(normalizeName(actor.name));
    if (redirect !== undefined) {
      if (redirect === actor.id || take(actor, redirect)) return;
    }
    const ids = sameNameIds(actor);
    const stored = ids.map((id, k) => ({ id, stats: currentStats(rows[i * ids.length + k], journal.get(id)).stats }));
    if (stored.some((found) => found.id === actor.id && found.stats)) return;
    const others = stored.filter((found) => found.stats).sort((a, b) => b.stats!.articleCount - a.stats!.articleCount);
    if (others.length) take(actor, others[0]!.id);
  });
  return links;
}
