// One look-up table over every lexicon: lower-case word → bit flags. Built once at module load.
import { CALENDAR_WORDS } from './lexicons/calendar';
import { COMMON_WORDS } from './lexicons/common-words';
import { CREDIT_AGENCIES, CREDIT_OPENERS, GENERIC_ABBREVIATIONS, JOURNALIST_ROLES, MORE_ORGANIZATION_CUES, MORE_PLACE_CUES, ORGANIZATION_CUES, ORGANIZATION_ROLES_AFTER_NAME, OTHER_CUES, PLACE_CUES } from './lexicons/cue-words';
import { ADHERENTS, DEMONYMS } from './lexicons/demonyms';
import { FUNCTION_WORDS } from './lexicons/function-words';
import { GIVEN_NAMES } from './lexicons/given-names';
import { CITIES, COUNTRIES, FORMAL_COUNTRY_NAMES, REGIONS, US_STATES } from './lexicons/places';
import { OPENING_PARTICLE_WORDS } from './lexicons/name-particles';
import { QUOTE_VERBS } from './lexicons/quote-verbs';
import { HONORIFICS, ORGANIZATION_ROLES, PLACE_ROLES, ROLE_NOUNS, TITLE_WORDS } from './lexicons/titles';

export const LEX = {
  GIVEN: 1,
  PLACE: 2, // a whole one-word place name ("Japan", "Nairobi")
  PLACE_PART: 4, // a word of a multi-word place name ("New", "Zealand")
  DEMONYM: 8,
  ORG_CUE: 16,
  PLACE_CUE: 32,
  OTHER_CUE: 64,
  TITLE: 128,
  HONORIFIC: 256,
  CALENDAR: 512,
  FUNCTION: 1024,
  ROLE: 2048,
  COMMON: 4096, // written in lower case often (generated list)
} as const;

/** The flags above are tagger features ('lx:GIVEN', …): the model was trained on exactly these. */
export const LEX_NAMES: readonly [number, string][] = Object.entries(LEX).map(([k, v]) => [v, k]);

/** More word classes the rules test on every token, kept in the same table so that a token's flags
 *  answer them without another look-up. Not tagger features. */
export const CUE = {
  SPEECH_VERB: 1 << 13,
  CREDIT: 1 << 14, // opens a photo/video credit ("Photograph: …")
  ORG_ROLE_AFTER: 1 << 15, // after a capitalized name, makes it an organization ("the Islamic State group")
  OPENING_PARTICLE: 1 << 16, // can open a person's name before a capitalized word ("de Gaulle")
  MORE_ORG_CUE: 1 << 17, // organization cue words added after the tagger was trained ("Pharmaceuticals")
  MORE_PLACE_CUE: 1 << 18, // place cue words likewise ("Strip")
  AGENCY: 1 << 19, // a photo/news agency signing a picture ("Reuters", "AP")
  JOURNALIST: 1 << 20, // what an author line calls its author ("reporter")
  GENERIC_ABBREVIATION: 1 << 21, // capitals naming a thing, not an actor ("CPU", "HR")
} as const;

/** What the rules read as an organization / place cue word: the tagger's lexicon and the later additions. */
export const ANY_ORG_CUE = LEX.ORG_CUE | CUE.MORE_ORG_CUE;
export const ANY_PLACE_CUE = LEX.PLACE_CUE | CUE.MORE_PLACE_CUE;

/** Flags the tokenizer adds from a token's own spelling (not from the lexicon): see tokenize.ts. */
export const FORM = {
  HAS_UPPER: 1 << 24, // some code point is an upper-case letter
  LOWER_START: 1 << 25, // the first character is a lower-case letter
  UPPER_START: 1 << 26, // the first character is an upper-case letter
} as const;

const flags = new Map<string, number>();
const add = (word: string, flag: number): void => {
  const w = word.toLowerCase();
  flags.set(w, (flags.get(w) ?? 0) | flag);
};

for (const w of GIVEN_NAMES) add(w, LEX.GIVEN);
/** Every place name in the lexicons, lower-cased, for multi-word matches. */
const TAGGER_PLACE_NAMES = [...COUNTRIES, ...REGIONS, ...US_STATES, ...CITIES].map((p) => p.toLowerCase());
export const PLACE_NAMES: ReadonlySet<string> = new Set([...TAGGER_PLACE_NAMES, ...FORMAL_COUNTRY_NAMES.map((p) => p.toLowerCase())]);
for (const p of TAGGER_PLACE_NAMES) {
  const parts = p.split(' ');
  if (parts.length === 1) add(p, LEX.PLACE);
  else for (const part of parts) add(part, LEX.PLACE_PART);
}
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.map((p) => p.toLowerCase()));
for (const w of DEMONYMS) {
  add(w, LEX.DEMONYM);
  if (!w.endsWith('s') && !w.endsWith('ese') && !w.endsWith('ish') && !w.endsWith('ch')) add(w + 's', LEX.DEMONYM);
}
/** Members of a party, faith or school, singular and lower-cased ("republican"): a plural often
 *  stands for the party itself ("Democrats won the House"). */
export const ADHERENT_SET: ReadonlySet<string> = new Set(ADHERENTS.map((w) => w.toLowerCase()));
/** Role nouns of people ("spokesman"), organizations ("think tank") and places ("state"). */
export const PERSON_ROLE_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
export const ORGANIZATION_ROLE_SET: ReadonlySet<string> = new Set(ORGANIZATION_ROLES);
export const PLACE_ROLE_SET: ReadonlySet<string> = new Set(PLACE_ROLES);
export const ROLE_NOUN_SET: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...ORGANIZATION_ROLES, ...PLACE_ROLES]);
/** Each word list and the flag its words carry (a word in several lists carries every flag). */
const WORD_LIST_FLAGS: ReadonlyArray<readonly [readonly string[], number]> = [
  [ORGANIZATION_CUES, LEX.ORG_CUE],
  [PLACE_CUES, LEX.PLACE_CUE],
  [OTHER_CUES, LEX.OTHER_CUE],
  [TITLE_WORDS, LEX.TITLE],
  [HONORIFICS, LEX.HONORIFIC],
  [CALENDAR_WORDS, LEX.CALENDAR],
  [FUNCTION_WORDS, LEX.FUNCTION],
  [COMMON_WORDS, LEX.COMMON],
  [QUOTE_VERBS, CUE.SPEECH_VERB],
  [CREDIT_OPENERS, CUE.CREDIT],
  [CREDIT_AGENCIES, CUE.AGENCY],
  [JOURNALIST_ROLES, CUE.JOURNALIST],
  [GENERIC_ABBREVIATIONS, CUE.GENERIC_ABBREVIATION],
  [ORGANIZATION_ROLES_AFTER_NAME, CUE.ORG_ROLE_AFTER],
  [OPENING_PARTICLE_WORDS, CUE.OPENING_PARTICLE],
  [MORE_ORGANIZATION_CUES, CUE.MORE_ORG_CUE],
  [MORE_PLACE_CUES, CUE.MORE_PLACE_CUE],
];
for (const [words, flag] of WORD_LIST_FLAGS) for (const w of words) add(w, flag);
for (const w of ROLE_NOUN_SET) if (!w.includes(' ')) add(w, LEX.ROLE);

export function lexFlags(lower: string): number {
  const found = flags.get(lower);
  if (found !== undefined) return found;
  return isCompoundGivenName(lower, (part) => ((flags.get(part) ?? 0) & LEX.GIVEN) !== 0) ? LEX.GIVEN : 0;
}

/** "mary-kate", "jean-luc": two given names joined by a hyphen are one. */
export function isCompoundGivenName(lower: string, isGiven: (part: string) => boolean): boolean {
  const dash = lower.indexOf('-');
  if (dash <= 0 || lower.indexOf('-', dash + 1) >= 0) return false;
  return isGiven(lower.slice(0, dash)) && isGiven(lower.slice(dash + 1));
}

export function hasFlag(lower: string, flag: number): boolean {
  return ((flags.get(lower) ?? 0) & flag) !== 0;
}

/** hasFlag for a token: its flags were looked up once by the tokenizer (lexFlags(lower), plus FORM bits). */
export function tokenHasFlag(t: { readonly flags: number }, flag: number): boolean {
  return (t.flags & flag) !== 0;
}
