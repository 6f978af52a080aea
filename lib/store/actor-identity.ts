// Who an actor is, as the store keeps it: the fullest name seen and every other name, merged
// across articles. Pure functions, shared by saving, folding the journal and import.
import { identityOf, type ActorIdentity, type ActorRecord } from './db';
import { searchKeysFor } from './fold-name';

/** Aliases kept per actor; beyond it the newest forms are not added (bounds record and index size). */
export const MAX_ALIASES = 100;

/** One record per real-world actor: keep the fullest name, gather every alias seen. */
export function mergeIdentity(known: ActorIdentity | undefined, actor: ActorIdentity): ActorIdentity {
  const name = known && known.name.length >= actor.name.length ? known.name : actor.name;
  const aliases = new Set([...(known?.aliases ?? []), ...actor.aliases, actor.name, ...(known ? [known.name] : [])]);
  aliases.delete(name);
  const expansion = actor.expansion ?? known?.expansion;
  return {
    id: known?.id ?? actor.id,
    name,
    kind: known?.kind ?? actor.kind,
    aliases: [...aliases].slice(0, MAX_ALIASES),
    ...(expansion ? { expansion } : {}),
  };
}

/** The record with its search keys (folding every name is the costly part, so only for records written). */
export function withSearchKeys(identity: ActorIdentity): ActorRecord {
  return { ...identityOf(identity), searchKeys: searchKeysFor(identity.name, identity.aliases) };
}

/** True when two records say the same (no need to rewrite the stored one). */
export function sameActor(a: ActorIdentity, b: ActorIdentity): boolean {
  return a.name === b.name && a.kind === b.kind && a.expansion === b.expansion && a.aliases.length === b.aliases.length && a.aliases.every((alias, i) => alias === b.aliases[i]);
}
