// Stage 5: the kind of each candidate. The tagger's type is the default; general lexicon rules
// override it where they are more reliable: known place names, the cue word that heads a name
// ("... University" → organization, "... Strait" → place, "... Act" → other).
import type { ActorKind } from './types';
import { LEX, PLACE_NAMES, hasFlag } from './lexicon';
import type { Candidate } from './find-candidates';
import type { EntityType } from './tag-entities';
import type { Token } from './tokenize';

const KIND_OF_TYPE: Record<EntityType, ActorKind> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export function spanForm(tokens: readonly Token[], first: number, end: number): string {
  let s = '';
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (k > first && t.start > tokens[k - 1]!.end) s += ' ';
    s += t.form;
  }
  return s;
}

export function classifyKind(tokens: readonly Token[], c: Candidate): ActorKind {
  const form = spanForm(tokens, c.first, c.end).toLowerCase();
  // A known place name is a place, unless the tagger read it as an organisation (a sports team, a government).
  if ((c.type === 'MISC' || c.type === 'LOC') && PLACE_NAMES.has(form)) return 'place';
  const multiword = c.end - c.first > 1;
  // "Department of Conservation", "Bank of England": the head is the word before "of".
  let headIndex = c.end - 1;
  for (let k = c.first + 1; k < c.end - 1; k++) if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') { headIndex = k - 1; break; }
  const head = tokens[headIndex]!.lower;
  const personName = c.type === 'PER' && hasFlag(tokens[c.first]!.lower, LEX.GIVEN);
  if (multiword && !personName) {
    if (hasFlag(head, LEX.OTHER_CUE)) return 'other';
    if (hasFlag(head, LEX.ORG_CUE) && !hasFlag(head, LEX.PLACE_CUE)) return 'organization';
    if (hasFlag(head, LEX.PLACE_CUE) && !hasFlag(head, LEX.ORG_CUE)) return 'place';
  }
  if (c.type === 'MISC' && multiword && hasFlag(head, LEX.ORG_CUE)) return 'organization';
  return KIND_OF_TYPE[c.type];
}
