// Stage 5: the kind of each candidate. The tagger's type is the default; general lexicon rules
// override it where they are more reliable: known place names, the cue word that heads a name
// ("... University" → organization, "... Strait" → place, "... Act" → other).
import { isDigitChar } from './characters';
import type { ActorKind } from './types';
import { ANY_ORG_CUE, ANY_PLACE_CUE, LEX, ORGANIZATION_ROLE_SET, PLACE_NAMES, hasFlag, tokenHasFlag } from './lexicon';
import type { Candidate } from './find-candidates';
import { PLACE_PREFIXES } from './lexicons/cue-words';
import type { EntityType } from './tag-entities';
import { spanForm, type Token } from './tokenize';

const KIND_OF_TYPE: Record<EntityType, ActorKind> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
const PLACE_PREFIX_SET: ReadonlySet<string> = new Set(PLACE_PREFIXES);

/** Whether a line looks like a results table (two or more numbers), where place names are teams. */
function inTableLine(tokens: readonly Token[], c: Candidate): boolean {
  let numbers = 0;
  for (let k = c.first - 1; k >= 0 && c.first - k < 20; k--) { if (isDigitChar(tokens[k]!.form[0] ?? '')) numbers++; if (tokens[k]!.lineBefore) break; }
  for (let k = c.end; k < tokens.length && k - c.end < 20 && !tokens[k]!.lineBefore; k++) if (isDigitChar(tokens[k]!.form[0] ?? '')) numbers++;
  return numbers >= 2;
}

/** The members of a party standing for it ("Democrats hold the Senate"): the party, an organization. */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrats', 'republicans', 'tories']);

export function classifyKind(tokens: readonly Token[], c: Candidate, inCapsSentence = false): ActorKind {
  const form = spanForm(tokens, c.first, c.end).toLowerCase();
  if (PARTY_MEMBERS.has(form)) return 'organization';
  // A known place name is a place; the tagger's organization reading is kept only in headlines and
  // results tables, where place names stand for teams.
  if (PLACE_NAMES.has(form) && (c.type !== 'ORG' || !(inCapsSentence || inTableLine(tokens, c)))
    && (c.type !== 'PER' || (c.end - c.first === 1 && !hasFlag(form, LEX.GIVEN)))) return 'place';
  // "Hou Yu-ih", "Ko Wen-je": surname plus hyphenated given name is a person.
  if (c.end - c.first === 2 && c.type !== 'LOC' && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[c.first + 1]!.form) && /^\p{Lu}\p{Ll}+$/u.test(tokens[c.first]!.form)) return 'person';
  // "the Islamic State group": a name followed by an organization role noun is an organization.
  const after = tokens[c.end];
  if (c.type !== 'PER' && after && ORGANIZATION_ROLE_SET.has(after.lower) && after.lower !== 'giant' && after.lower !== 'arm' && !after.lineBefore) return 'organization';
  const multiword = c.end - c.first > 1;
  // "Department of Conservation", "Bank of England": the head is the word before "of".
  let headIndex = c.end - 1;
  for (let k = c.first + 1; k < c.end - 1; k++) if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') { headIndex = k - 1; break; }
  const head = tokens[headIndex]!;
  const personName = c.type === 'PER' && tokenHasFlag(tokens[c.first]!, LEX.GIVEN);
  if (multiword && !personName) {
    if (tokenHasFlag(head, LEX.OTHER_CUE)) return 'other';
    if (tokenHasFlag(head, ANY_ORG_CUE) && !tokenHasFlag(head, ANY_PLACE_CUE)) return 'organization';
    if (tokenHasFlag(head, ANY_PLACE_CUE) && !tokenHasFlag(head, ANY_ORG_CUE)) return 'place';
    // "Boulevard Montmartre", "Lake Tana": a place word opens the name.
    if (PLACE_PREFIX_SET.has(tokens[c.first]!.form) && !tokenHasFlag(head, ANY_ORG_CUE)) return 'place';
    // "Harbor Foods Market": a company word inside the name, none of a place's, and a head of no kind.
    if (c.type === 'PER' && !tokenHasFlag(head, LEX.GIVEN)) {
      let orgCue = false;
      let placeCue = false;
      for (let k = c.first; k < headIndex; k++) {
        if (tokenHasFlag(tokens[k]!, ANY_ORG_CUE)) orgCue = true;
        // (A place word opening it is the name's own: "Harbor Foods Market".)
        if (tokenHasFlag(tokens[k]!, k === c.first ? LEX.PLACE : ANY_PLACE_CUE | LEX.PLACE)) placeCue = true;
      }
      if (orgCue && !placeCue) return 'organization';
    }
  }
  if (c.type === 'MISC' && multiword && tokenHasFlag(head, ANY_ORG_CUE)) return 'organization';
  return KIND_OF_TYPE[c.type];
}
