// Which of what the article says about an actor answers "who is this?" at a glance: for a person,
// a role with the organization or place it is held in ("co-founder and CEO of Vidyard", "chair of
// the LDP's foreign affairs committee") beats a bare title ("Senator") or a long clause.
import type { Evidence } from '../engine/types';
import type { ActorKind } from '../engine/types';
import { isRoleFor } from '../engine/role-words';

/** A descriptor longer than this reads as a sentence, not a label. */
const LABEL_CHARS = 90;

function score(descriptor: Evidence, kind: ActorKind): number {
  const words = descriptor.text.split(/\s+/).filter(Boolean);
  const role = words.some((word) => isRoleFor(kind, word.toLowerCase().replace(/[^\p{L}-]/gu, '')));
  // An organization or place named in it: a capitalized word after the first, or "of …", "'s".
  const where = words.slice(1).some((word) => /^\p{Lu}/u.test(word)) || / of |['’]s /u.test(` ${descriptor.text} `);
  return (role ? 2 : 0) + (where ? 2 : 0) + Math.min(words.length, 8) / 8 - (descriptor.text.length > LABEL_CHARS ? 3 : 0);
}

/** The descriptors with the one that best says who the actor is first (the rest keep their order). */
export function leadingDescriptorFirst(descriptors: readonly Evidence[], kind: ActorKind): Evidence[] {
  if (descriptors.length < 2) return [...descriptors];
  let best = 0;
  descriptors.forEach((descriptor, i) => {
    if (score(descriptor, kind) > score(descriptors[best]!, kind)) best = i;
  });
  return [descriptors[best]!, ...descriptors.filter((_, i) => i !== best)];
}
