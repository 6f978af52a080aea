// Puts the reader's glossary into an article's dataset (a pure function, run by the background
// for every analyze-article answer):
// - an entry that names an actor the engine found (same name or alias, or its matches fall on
//   that actor's mentions) corrects the actor: the entry's term becomes its name, the entry's
//   kind its kind; the actor keeps its id, so what the store knows about it still applies;
// - an entry the engine did not find becomes an actor of its own, with the entry's term and kind;
// - glossary matches that no engine mention covers become mentions (highlighted like the others).
// `links` tells which actor each entry is attached to, for the card's note and link.
import { actorId } from '../engine/actor-id';
import type { Actor, ArticleDataset, Mention } from '../engine/types';
import type { GlossaryEntry } from './glossary-types';
import { buildGlossaryIndex, matchGlossary, type GlossaryIndex, type GlossaryMatch } from './match-glossary';
import { foldTerm } from './term-key';

export interface GlossaryMerge {
  dataset: ArticleDataset;
  /** actor id → glossary entry id, for every actor an entry is attached to. */
  links: Record<string, string>;
}

/** Entries in the order that decides ties (a form two entries share belongs to the first). */
export function orderEntries(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function mergeGlossary(dataset: ArticleDataset, text: string, entries: readonly GlossaryEntry[], index?: GlossaryIndex): GlossaryMerge {
  if (entries.length === 0) return { dataset, links: {} };
  const ordered = orderEntries(entries);
  const matches = matchGlossary(index ?? buildGlossaryIndex(ordered), text);
  const engineMentions = [...dataset.mentions].sort((a, b) => a.start - b.start);

  // Which engine actors each entry's matches fall on, and which matches fall on no mention.
  const votes = new Map<string, Map<string, number>>();
  const uncovered: GlossaryMatch[] = [];
  let m = 0;
  for (const match of matches) {
    while (m < engineMentions.length && engineMentions[m]!.end <= match.start) m++;
    let covered = false;
    for (let k = m; k < engineMentions.length && engineMentions[k]!.start < match.end; k++) {
      covered = true;
      const byActor = votes.get(match.entryId) ?? new Map<string, number>();
      byActor.set(engineMentions[k]!.actorId, (byActor.get(engineMentions[k]!.actorId) ?? 0) + 1);
      votes.set(match.entryId, byActor);
    }
    if (!covered) uncovered.push(match);
  }

  // Attach each entry to at most one engine actor, each actor to at most one entry.
  const actorsByName = new Map<string, Actor>();
  for (const actor of dataset.actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = foldTerm(name);
      if (!actorsByName.has(key)) actorsByName.set(key, actor);
    }
  }
  const entryOfActor = new Map<string, GlossaryEntry>();
  const actorOfEntry = new Map<string, string>();
  for (const entry of ordered) {
    let chosen: string | undefined;
    for (const form of [entry.term, ...entry.aliases]) {
      const actor = actorsByName.get(foldTerm(form));
      if (actor && !entryOfActor.has(actor.id)) {
        chosen = actor.id;
        break;
      }
    }
    if (!chosen) {
      const byActor = [...(votes.get(entry.id) ?? new Map<string, number>()).entries()]
        .filter(([id]) => !entryOfActor.has(id))
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      chosen = byActor[0]?.[0];
    }
    if (chosen) {
      entryOfActor.set(chosen, entry);
      actorOfEntry.set(entry.id, chosen);
    }
  }

  // Glossary-only actors: entries with matches of their own and no engine actor.
  const engineIds = new Set(dataset.actors.map((actor) => actor.id));
  const ownActors = new Map<string, Actor>();
  const extraMentions: Mention[] = [];
  const formsSeen = new Map<string, Set<string>>();
  const entriesById = new Map(ordered.map((entry) => [entry.id, entry]));
  for (const match of uncovered) {
    const entry = entriesById.get(match.entryId)!;
    let id = actorOfEntry.get(entry.id);
    if (!id) {
      id = actorId(entry.kind, entry.term);
      if (engineIds.has(id) || ownActors.has(id)) id = `${id}#glossary:${entry.id}`;
      ownActors.set(id, { id, name: entry.term, kind: entry.kind, aliases: [], descriptors: [], quotes: [], mentions: 0 });
      actorOfEntry.set(entry.id, id);
    }
    extraMentions.push({ start: match.start, end: match.end, actorId: id });
    const seen = formsSeen.get(id) ?? new Set<string>();
    seen.add(text.slice(match.start, match.end));
    formsSeen.set(id, seen);
  }

  const extraCount = new Map<string, number>();
  for (const mention of extraMentions) extraCount.set(mention.actorId, (extraCount.get(mention.actorId) ?? 0) + 1);
  const actors: Actor[] = dataset.actors.map((actor) => {
    const entry = entryOfActor.get(actor.id);
    if (!entry) return actor;
    const aliases = uniqueNames([actor.name, ...actor.aliases, ...(formsSeen.get(actor.id) ?? [])], entry.term);
    return { ...actor, name: entry.term, kind: entry.kind, aliases, mentions: actor.mentions + (extraCount.get(actor.id) ?? 0) };
  });
  for (const actor of ownActors.values()) {
    actors.push({ ...actor, aliases: uniqueNames([...(formsSeen.get(actor.id) ?? [])], actor.name), mentions: extraCount.get(actor.id) ?? 0 });
  }
  const mentions = [...dataset.mentions, ...extraMentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const links: Record<string, string> = {};
  for (const [entryId, id] of actorOfEntry) links[id] = entryId;
  return { dataset: { ...dataset, actors, mentions }, links };
}

/** Names other than `name`, without repeats (compared case-insensitively), in order. */
function uniqueNames(names: Iterable<string>, name: string): string[] {
  const seen = new Set([foldTerm(name)]);
  const out: string[] = [];
  for (const candidate of names) {
    const key = foldTerm(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(candidate);
  }
  return out;
}

/**
 * The entry for an actor when the merge that placed it is not at hand (a card asked for after
 * the background restarted): by the actor's names, or by the id a glossary-only actor gets.
 */
export function findEntryForActor(entries: readonly GlossaryEntry[], actor: { id: string; name?: string; aliases?: readonly string[] }): GlossaryEntry | undefined {
  const ordered = orderEntries(entries);
  const byId = ordered.find((entry) => actor.id === actorId(entry.kind, entry.term) || actor.id === `${actorId(entry.kind, entry.term)}#glossary:${entry.id}`);
  if (byId) return byId;
  const names = new Set([actor.name, ...(actor.aliases ?? [])].filter((name): name is string => !!name).map(foldTerm));
  return ordered.find((entry) => [entry.term, ...entry.aliases].some((form) => names.has(foldTerm(form))));
}
