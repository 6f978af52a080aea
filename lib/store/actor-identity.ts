// Who an actor is, as the store keeps it: the fullest name seen and every other name, merged
// across articles. Pure functions, shared by saving, folding the journal and import.
import { ACTOR_KINDS, type ActorKind } from '../engine/types';
import { identityOf, type ActorIdentity, type ActorRecord } from './db';
import { searchKeysFor } from './fold-name';

/** Aliases kept per actor; beyond it the newest forms are not added (bounds record and index size). */
export const MAX_ALIASES = 100;

/**
 * One record per real-world actor: keep the fullest name, gather every alias seen, add up the
 * kinds analyses gave (the most given wins, a tie keeps the known one). What the reader fixed
 * (name, kind) wins over all of it.
 */
export function mergeIdentity(known: ActorIdentity | undefined, actor: ActorIdentity): ActorIdentity {
  const fixed = known?.fixed ?? actor.fixed;
  const longest = known && known.name.length >= actor.name.length ? known.name : actor.name;
  const name = fixed?.name ?? longest;
  const aliases = new Set([...(known?.aliases ?? []), ...actor.aliases, actor.name, ...(known ? [known.name] : [])]);
  aliases.delete(name);
  const expansion = actor.expansion ?? known?.expansion;
  const kindVotes = known ? addVotes(votesOf(known), votesOf(actor)) : votesOf(actor);
  const kind = fixed?.kind ?? (known ? winningKind(kindVotes, known.kind) : actor.kind);
  return {
    id: known?.id ?? actor.id,
    name,
    kind,
    aliases: [...aliases].slice(0, MAX_ALIASES),
    ...(expansion ? { expansion } : {}),
    kindVotes,
    ...(fixed ? { fixed } : {}),
  };
}

type KindVotes = Partial<Record<ActorKind, number>>;

/** An identity's kind votes; one written before votes were kept counts its kind once. */
export function votesOf(identity: ActorIdentity): KindVotes {
  return identity.kindVotes ?? { [identity.kind]: 1 };
}

function addVotes(a: KindVotes, b: KindVotes): KindVotes {
  const sum: KindVotes = { ...a };
  for (const kind of ACTOR_KINDS) if (b[kind]) sum[kind] = (sum[kind] ?? 0) + b[kind];
  return sum;
}

/** The kind with the most votes; `current` on a tie. */
function winningKind(votes: KindVotes, current: ActorKind): ActorKind {
  let best = current;
  for (const kind of ACTOR_KINDS) if ((votes[kind] ?? 0) > (votes[best] ?? 0)) best = kind;
  return best;
}

/** The record with its search keys (folding every name is the costly part, so only for records written). */
export function withSearchKeys(identity: ActorIdentity): ActorRecord {
  return { ...identityOf(identity), searchKeys: searchKeysFor(identity.name, identity.aliases) };
}

/** True when two records say the same (no need to rewrite the stored one). */
export function sameActor(a: ActorIdentity, b: ActorIdentity): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.expansion === b.expansion &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i]) &&
    sameVotes(a, b) &&
    a.fixed?.name === b.fixed?.name &&
    a.fixed?.kind === b.fixed?.kind
  );
}

function sameVotes(a: ActorIdentity, b: ActorIdentity): boolean {
  return ACTOR_KINDS.every((kind) => (a.kindVotes?.[kind] ?? 0) === (b.kindVotes?.[kind] ?? 0));
}
