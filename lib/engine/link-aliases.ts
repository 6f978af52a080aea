// Stage 6: coreference. Groups candidate mentions into actors:
// - the same normalized string is the same actor;
// - spellings of one place ("U.S." / "United States" / "America") are one actor;
// - an acronym joins the name it abbreviates, written out in parentheses "(CPTPP)" or
//   matching the initials of exactly one longer name ("Liberal Democratic Party" … "LDP");
// - a shorter person name ("Sato", "Te Kaurinui") joins the one full name it is part of; if it
//   fits two people ("Parata" for two Paratas) it is ambiguous and left unlinked (no mention);
// - an organization's short form ("Congress") joins "US Congress" when only a place is cut off.
import { isLowerChar, isUpperChar } from './characters';
import { ANY_ORG_CUE, ANY_PLACE_CUE, CUE, LEX, ORGANIZATION_ROLE_SET, PLACE_NAMES, hasFlag, tokenHasFlag } from './lexicon';
import { PLACE_SYNONYMS } from './lexicons/places';
import { CORPORATE_SUFFIXES, MODEL_WORDS } from './lexicons/cue-words';
import { normalizeName } from './actor-id';
import { isModelWord, type Candidate } from './find-candidates';
import { listHeadBefore } from './list-context';
import { inSet, isNounAfterName, isPersonNoun, isRoleFor, WORK_NOUNS } from './role-words';
import type { Token } from './tokenize';
import type { ActorKind } from './types';
import { WELL_KNOWN_KINDS } from './lexicons/well-known';

export interface MentionSpan {
  first: number;
  end: number;
  start: number;
  endChar: number;
  kind: ActorKind;
  /** Normalized text ("u.s.", "sato"). */
  key: string;
  /** Surface text as shown (invisible characters removed). */
  display: string;
  /** The token forms; shared between mentions of the same words, so never modified. */
  words: readonly string[];
  titleFirst?: number;
  /** The name is the first part of a longer word ("Ohio" of "Ohio-based"): nothing around it
   *  describes or quotes it. */
  inWord?: boolean;
}

export interface ActorCluster {
  mentions: MentionSpan[];
  name: MentionSpan;
  kind: ActorKind;
  /** The long form, when the cluster's name was abbreviated as an acronym. */
  expansion?: MentionSpan;
}

const synonymKey = new Map<string, string>();
for (const group of PLACE_SYNONYMS) for (const s of group) synonymKey.set(s.toLowerCase(), group[0]!.toLowerCase());
const CORPORATE: ReadonlySet<string> = new Set(CORPORATE_SUFFIXES);
/** Last words of a football club's name ("Porthaven FC"), which the club is also called without. */
const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['fc', 'afc', 'cf', 'sc', 'f.c.']);
const ACRONYM_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', 'de', 'du', 'des', 'la']);

export function isAcronym(form: string): boolean {
  let letters = 0;
  for (const ch of form) {
    if (isLowerChar(ch)) return false;
    if (isUpperChar(ch)) letters++;
    else if (ch !== '.' && ch !== '&' && ch !== '-') return false;
  }
  return letters >= 2 && letters <= 7;
}
function acronymLetters(form: string): string {
  let s = '';
  for (const ch of form) if (isUpperChar(ch)) s += ch;
  return s;
}
/** Initials of a name's words; hyphenated parts count separately ("Trans-Pacific" → TP). */
function initials(words: readonly string[], withConnectors: boolean): string {
  let s = '';
  for (const w of words) {
    if (w.startsWith("'")) continue; // possessive inside a name ("People's Party")
    if (!withConnectors && ACRONYM_CONNECTORS.has(w.toLowerCase())) continue;
    for (const part of w.split('-')) if (part) s += part[0]!.toUpperCase();
  }
  return s;
}
function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

// A name is mentioned many times: its normalized key and its list of word forms are made once and
// shared by every mention (on a long article, per-mention copies would fill the young generation
// with objects that live until the end of the analysis). Bounded, like the tokenizer's word cache.
const MAX_INTERNED = 50_000;
const keys = new Map<string, string>();
const formLists = new Map<string, readonly string[]>();

function keyOf(display: string): string {
  let key = keys.get(display);
  if (key === undefined) {
    if (keys.size >= MAX_INTERNED) keys.clear();
    key = normalizeName(display);
    keys.set(display, key);
  }
  return key;
}

function formsOf(tokens: readonly Token[], first: number, end: number): readonly string[] {
  if (end - first === 1) {
    const form = tokens[first]!.form;
    return interned(form, () => [form]);
  }
  let joined = tokens[first]!.form;
  for (let k = first + 1; k < end; k++) joined += '\u0000' + tokens[k]!.form; // forms never hold NUL
  return interned(joined, () => {
    const words: string[] = [];
    for (let k = first; k < end; k++) words.push(tokens[k]!.form);
    return words;
  });
}

function interned(id: string, make: () => readonly string[]): readonly string[] {
  let words = formLists.get(id);
  if (!words) {
    if (formLists.size >= MAX_INTERNED) formLists.clear();
    words = make();
    formLists.set(id, words);
  }
  return words;
}

/**
 * "the Xbox One S." at a sentence's end: a model letter's period is the full stop, not part of
 * the name (a person's initial is never last; "U.S." is one word with other letters).
 */
function endsWithSentencePeriod(tokens: readonly Token[], c: Candidate, kind: ActorKind): boolean {
  const last = tokens[c.end - 1]!.form;
  if (kind === 'person' || c.end - c.first < 2 || !/^\p{Lu}\.$/u.test(last)) return false;
  const next = tokens[c.end];
  return next === undefined || next.lineBefore || /^\p{Lu}/u.test(next.form) || /^["”’)]$/u.test(next.form);
}

export function toMentionSpan(text: string, tokens: readonly Token[], c: Candidate, kind: ActorKind): MentionSpan {
  const start = tokens[c.first]!.start;
  const endChar = tokens[c.end - 1]!.end - (endsWithSentencePeriod(tokens, c, kind) ? 1 : 0);
  const raw = text.slice(start, endChar);
  let plain = true; // no invisible characters and no whitespace other than single spaces
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code < 32 || (code === 32 && raw.charCodeAt(i + 1) === 32) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) { plain = false; break; }
  }
  let display = raw;
  if (!plain) {
    display = '';
    for (const ch of raw) {
      const code = ch.charCodeAt(0);
      if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) continue;
      display += ch;
    }
    display = display.replace(/\s+/gu, ' ');
  }
  const m: MentionSpan = { first: c.first, end: c.end, start, endChar, kind, key: keyOf(display), display, words: formsOf(tokens, c.first, c.end) };
  if (c.titleFirst !== undefined) m.titleFirst = c.titleFirst;
  return m;
}

/** Find "Long Name (ACR)" in the tokens: the acronym's token index → expansion token range. */
export function findParentheticalAcronyms(tokens: readonly Token[]): Map<number, { first: number; end: number }> {
  const found = new Map<number, { first: number; end: number }>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.form !== '(' || tokens[i + 2]!.form !== ')') continue;
    const acr = tokens[i + 1]!.form;
    if (!isAcronym(acr)) continue;
    const letters = acronymLetters(acr);
    // The run of name words before "(": capitalized words and connectors between them.
    let k = i;
    while (k > 0 && i - k < 16) {
      const t = tokens[k - 1]!;
      if (isUpperChar(t.form[0] ?? '') && !tokenHasFlag(t, LEX.FUNCTION)) k--;
      else if (t.lower === "'s" && k - 2 >= 0 && isUpperChar(tokens[k - 2]!.form[0] ?? '')) k--;
      else if (ACRONYM_CONNECTORS.has(t.lower) && k - 2 >= 0 && isUpperChar(tokens[k - 2]!.form[0] ?? '')) k--;
      else break;
    }
    // Longest start whose first initial is the acronym's first letter and whose initials contain it.
    for (let s = k; s < i; s++) {
      const words = tokens.slice(s, i).map((t) => t.form);
      if (ACRONYM_CONNECTORS.has(words[0]!.toLowerCase())) continue;
      const ini = initials(words, true);
      if (ini[0] === letters[0] && isSubsequence(letters, ini) && i - s >= 2) {
        found.set(i + 1, { first: s, end: i });
        break;
      }
    }
  }
  return found;
}

class UnionFind {
  private parent: number[] = [];
  add(): number { this.parent.push(this.parent.length); return this.parent.length - 1; }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) { const n = this.parent[x]!; this.parent[x] = r; x = n; }
    return r;
  }
  union(a: number, b: number): void { const ra = this.find(a), rb = this.find(b); if (ra !== rb) this.parent[rb] = ra; }
}

interface Group { key: string; mentions: MentionSpan[]; kind: ActorKind; words: readonly string[] }

function majorityKind(mentions: readonly MentionSpan[]): ActorKind {
  const votes = new Map<ActorKind, number>();
  for (const m of mentions) votes.set(m.kind, (votes.get(m.kind) ?? 0) + 1);
  let best: ActorKind = mentions[0]!.kind;
  let bv = 0;
  for (const [k, v] of votes) if (v > bv) { best = k; bv = v; }
  return best;
}

/** Words that hand a name another one ("known as", "nicknamed", "also spelled"). */
const NAMING_VERBS = new Set(['known', 'nicknamed', 'dubbed', 'called', 'spelled', 'spelt', 'styled', 'renamed']);
/** Words that may sit before such a verb ("also known as", "better known as"). */
const NAMING_ADVERBS = new Set(['also', 'better', 'commonly', 'popularly', 'widely', 'often', 'sometimes', 'now', 'formerly']);

/** Where a name handed over by "…, known as X" / "(also spelled X)" starts after the name ending at `end`, or -1. */
function otherNameStart(tokens: readonly Token[], end: number): number {
  let k = end;
  if (tokens[k]?.form !== ',' && tokens[k]?.form !== '(') return -1;
  k++;
  while (tokens[k] && NAMING_ADVERBS.has(tokens[k]!.lower)) k++;
  if (!tokens[k] || !NAMING_VERBS.has(tokens[k]!.lower)) return -1;
  k++;
  if (tokens[k]?.lower === 'as') k++;
  if (tokens[k] && /^["“‘']$/u.test(tokens[k]!.form)) k++;
  return k;
}

/** Punctuation before "or" that gives a name another ("New Zealand – or Aotearoa as it is called"). */
const OR_MARKS = new Set([',', '(', '–', '—', '-', '--']);

/** "New Zealand – or Aotearoa as it is called by Māori", "Myanmar, or Burma as it was known": the
 *  name after "or", when "as … called/known" confirms it is another name for the one before. */
function nameAsCalled(tokens: readonly Token[], end: number, byFirst: ReadonlyMap<number, MentionSpan>): MentionSpan | undefined {
  if (!OR_MARKS.has(tokens[end]?.form ?? '') || tokens[end + 1]?.lower !== 'or') return undefined;
  const b = byFirst.get(end + 2);
  if (!b || tokens[b.end]?.lower !== 'as') return undefined;
  for (let k = b.end + 1; k <= b.end + 4 && k < tokens.length; k++) if (tokens[k]!.lower === 'called' || tokens[k]!.lower === 'known') return b;
  return undefined;
}

/**
 * Names the text itself gives as one: "Kauri (Te Kaurinui Robert) Parata", a name followed by a
 * bracketed person name, is a nickname of that person; "the Affordable Care Act, known as
 * Obamacare," and "Tomas Reev (also spelled Tomasz Reev)" hand the name another. Returns pairs of
 * mentions to link.
 */
export function findBracketedNames(tokens: readonly Token[], mentions: readonly MentionSpan[]): [MentionSpan, MentionSpan][] {
  const byFirst = new Map<number, MentionSpan>();
  for (const m of mentions) byFirst.set(m.first, m);
  const pairs: [MentionSpan, MentionSpan][] = [];
  for (const a of mentions) {
    const called = nameAsCalled(tokens, a.end, byFirst);
    if (called) {
      pairs.push([a, called]);
      continue;
    }
    const named = byFirst.get(otherNameStart(tokens, a.end));
    // A place "known as" a person's name, or the reverse, is a figure of speech, not a second name.
    if (named && (named.kind === a.kind || (a.kind !== 'person' && named.kind !== 'person' && a.kind !== 'place' && named.kind !== 'place'))) {
      pairs.push([a, named]);
      continue;
    }
    if (a.kind !== 'person' || tokens[a.end]?.form !== '(') continue;
    const b = byFirst.get(a.end + 1);
    if (!b || b.kind !== 'person' || tokens[b.end]?.form !== ')') continue;
    pairs.push([a, b]);
  }
  return pairs;
}

/** Prepositions (and verbs of travel) that put a bare name in a place role ("in Pātaua", "visited Kaitaia"). */
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'around', 'outside', 'inside', 'throughout', 'towards', 'toward', 'visited', 'visiting']);

/** "a 34-year-old Quenby man", "a Quenby woman": the name says where someone is from. */
function isHometown(m: MentionSpan, tokens: readonly Token[]): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.end];
  return after !== undefined && HOMETOWN_PEOPLE.has(after.lower) && before !== undefined && (before.lower === 'a' || before.lower === 'an' || /-old$/u.test(before.lower));
}
/** People a place's name describes after "a" or an age ("a Quenby man"). */
const HOMETOWN_PEOPLE = new Set(['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'native', 'couple', 'mother', 'father', 'student']);
/** Nouns for the people of a place, written after its name ("Kaitaia residents"). */
const RESIDENTS = new Set(['residents', 'resident', 'locals', 'villagers', 'townspeople', 'townsfolk', 'inhabitants']);

/** What only a company has, written after "X's" ("Pirelli's shareholders", "Magna's chief executive"). */
const CORPORATE_POSSESSIONS = new Set(['shares', 'stock', 'stake', 'shareholders', 'board', 'chairman', 'subsidiary', 'subsidiaries',
  'division', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'output', 'headquarters', 'employees', 'plant',
  'factory', 'factories', 'products', 'brand', 'customers', 'merger', 'takeover', 'ceo', 'directors',
  // what a technology or media company has
  'platform', 'app', 'apps', 'users', 'subscribers', 'servers', 'software', 'console', 'consoles', 'devices', 'website', 'site',
  'store', 'service', 'services', 'engineers', 'researchers', 'executives', 'founder', 'founders', 'cofounder', 'co-founder',
  'acquisition', 'lineup', 'headset', 'smartphone', 'smartphones', 'chips', 'spokesperson', 'spokeswoman', 'spokesman', 'terms', 'algorithm', 'algorithms',
  'chief', 'chairwoman', 'owner', 'owners']);
/** Words between "X's" and what it has ("X's new chief executive"). */
const POSSESSION_MODIFIERS = new Set(['new', 'former', 'interim', 'outgoing', 'incoming', 'current', 'longtime', 'top', 'largest', 'biggest', 'main']);
/** "Quorvex, which makes battery chips": what makes, runs or sells things is a company. */
function doesCompanyWork(m: MentionSpan, tokens: readonly Token[]): boolean {
  return tokens[m.end]?.form === ',' && tokens[m.end + 1]?.lower === 'which' && COMPANY_VERBS.has(tokens[m.end + 2]?.lower ?? '');
}
/** What a company does, after ", which" ("X, which makes chips"). */
const COMPANY_VERBS = new Set(['makes', 'runs', 'owns', 'operates', 'sells', 'provides', 'produces', 'develops', 'builds', 'employs', 'manufactures', 'supplies', 'offers', 'publishes', 'distributes']);
/** Participles whose agent after "by" is a company, not a person ("founded by" is a person's). */
const BY_ORGANIZATION = new Set(['hired', 'acquired', 'owned', 'bought', 'employed', 'funded', 'sponsored', 'published', 'operated', 'purchased']);
/** Verbs whose object is a company ("who founded X", "agreed to buy X"). */
const FOUNDING_VERBS = new Set(['founded', 'cofounded', 'co-founded', 'acquired', 'acquire', 'buy', 'bought', 'purchased']);
/** Nouns before "of X" that make X an organization ("chief executive of Corvalo", "a founder of X"). */
const ORGANIZATION_OF = new Set(['ceo', 'executive', 'chairman', 'chairwoman', 'founder', 'cofounder', 'co-founder', 'shareholders', 'shareholder', 'owner', 'owners', 'employees', 'employee', 'subsidiary', 'division']);

/** Nouns that, followed by "in"/"of"/"with" and a name, make it a company ("shares in X", "merger with X"). */
const CORPORATE_DEALS = new Set(['shares', 'stake', 'stakes', 'takeover', 'acquisition', 'merger', 'subsidiary', 'unit', 'division']);

/** Nouns after a name that make it an organization ("the X company"), besides CUE.ORG_ROLE_AFTER's
 *  (group, party, the publication nouns: "the Zycie newspaper"). Not "team" or "camp": "the Dole team" is a person's. */
const ORGANIZATION_NOUNS_AFTER_NAME = new Set(['company', 'firm', 'bank', 'club', 'agency', 'union']);

/** "a spokeswoman for X": X speaks through them, an organization (a person has an aide or a lawyer). */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen']);
/** Nouns before "of X" that make X a place. */
const PLACE_OF = new Set(['mayor', 'governor', 'residents', 'outskirts', 'suburbs', 'streets', 'citizens', 'city', 'town', 'village', 'province', 'county', 'capital', 'inhabitants', 'natives', 'native']);
/** Market people who work "at" a company ("analyst at Indosuez"). */
const MARKET_ROLES = new Set(['analyst', 'economist', 'strategist', 'dealer', 'trader', 'broker']);

/** Family nouns after "X's": only people have them. */
const FAMILY = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'family', 'parents', 'children']);

const isNumberForm = (form: string): boolean => /^\d+$/u.test(form);


/** Clues in a one-word mention's neighbors, one kind per mention: an organization (an
 *  organization role noun next to it, "X's shareholders", "shares in X", "analyst at X"), a place
 *  (after "in"/"near"/"visited", before "residents", "X, <known region>", "the capital X") or a person (a title or
 *  honorific before it, an age after it, "X's wife"). */
function contextClue(m: MentionSpan, tokens: readonly Token[]): ActorKind | null {
  const before = tokens[m.first - 1];
  const before2 = tokens[m.first - 2];
  const after = tokens[m.end];
  const after2 = tokens[m.end + 1];
  if (m.titleFirst !== undefined || (before && tokenHasFlag(before, LEX.HONORIFIC))) return 'person';
  if (after?.form === ',' && after2 && isNumberForm(after2.form) && tokens[m.end + 2]?.form === ',') return 'person';
  if (after?.lower === "'s" && after2 && FAMILY.has(after2.lower)) return 'person';
  const lowerWord = (t: Token | undefined): boolean => t !== undefined && isLowerChar(t.form[0] ?? '');
  if (lowerWord(before) && ORGANIZATION_ROLE_SET.has(before!.lower) && !before!.lineBefore && !tokens[m.first]!.lineBefore) return 'organization';
  if (lowerWord(after) && (tokenHasFlag(after!, CUE.ORG_ROLE_AFTER) || ORGANIZATION_NOUNS_AFTER_NAME.has(after!.lower)) && !after!.lineBefore) return 'organization';
  // "X's shareholders", "X's new chief executive".
  const possession = after2 && POSSESSION_MODIFIERS.has(after2.lower) ? tokens[m.end + 2] : after2;
  if (after?.lower === 'shares' || (after?.lower === "'s" && possession && CORPORATE_POSSESSIONS.has(possession.lower))) return 'organization';
  // "X said it would …", "X says its …": a speaker that is an "it".
  if (after && after2 && tokenHasFlag(after, CUE.SPEECH_VERB) && (after2.lower === 'it' || after2.lower === 'its') && !after2.lineBefore) return 'organization';
  // "who founded X", "agreed to buy X".
  if (before && lowerWord(before) && FOUNDING_VERBS.has(before.lower)) return 'organization';
  if (doesCompanyWork(m, tokens)) return 'organization';
  // "joined X as its counsel": a place of work.
  if (before?.lower === 'joined' && after?.lower === 'as') return 'organization';
  // "hired by X", "owned by X": what employs, owns or pays is a company.
  if (before?.lower === 'by' && before2 && BY_ORGANIZATION.has(before2.lower)) return 'organization';
  if (before && before2 && (before.lower === 'in' || before.lower === 'of' || before.lower === 'with') && CORPORATE_DEALS.has(before2.lower)) return 'organization';
  // "an analyst at X", "an engineer at X", "a professor at X": where someone works.
  if (before?.lower === 'at' && before2 && lowerWord(before2) && (MARKET_ROLES.has(before2.lower) || isPersonNoun(before2.lower))) return 'organization';
  if (before?.lower === 'for' && before2 && SPOKESPEOPLE.has(before2.lower)) return 'organization'; // "a spokeswoman for X"
  if (before?.lower === 'of' && before2 && lowerWord(before2) && ORGANIZATION_OF.has(before2.lower)) return 'organization';
  // "the mayor of X", "residents of X", "Dev Okafor, 31, of X".
  if (before?.lower === 'of' && before2 && (PLACE_OF.has(before2.lower) || (before2.form === ',' && isNumberForm(tokens[m.first - 3]?.form ?? '')))) return 'place';
  if ((before && LOCATIVES.has(before.lower)) || (after && RESIDENTS.has(after.lower))) return 'place';
  if (isHometown(m, tokens)) return 'place';
  if (before?.lower === 'capital' && lowerWord(before)) return 'place'; // "the Afghan capital Kabul"
  if (after?.form === ',' && after2 && !after2.lineBefore && PLACE_NAMES.has(after2.lower) && !tokenHasFlag(after2, LEX.GIVEN)
    && !isUpperChar(tokens[m.end + 2]?.form[0] ?? '') && tokens[m.end + 2]?.form !== "'s") return 'place';
  return null;
}

/** The kind a role noun says a name is of ("companies" → organization, "chemist" → person, "game" → other).
 *  Capitalized only as the first word of a sentence ("Cities like Tacoma …"). */
function kindOfRoleNoun(t: Token, opensSentence = false): ActorKind | null {
  if (!isLowerChar(t.form[0] ?? '') && !(opensSentence && t.upperLetters === 1)) return null;
  if (isRoleFor('organization', t.lower)) return 'organization';
  if (isRoleFor('place', t.lower)) return 'place';
  if (inSet(WORK_NOUNS, t.lower)) return 'other';
  if (isPersonNoun(t.lower)) return 'person';
  return null;
}

/**
 * The kind the text itself gives a name: the head noun of a list it is in ("technology companies
 * such as Zentrix", "games like Thumper"), when every such list agrees. (A role noun right before
 * a name, "chemist X", was tried as a clue too: it cost CoNLL more than it gained here.) A person
 * named with a given name keeps being a person.
 */
function roleClueKind(cluster: { mentions: MentionSpan[]; kind: ActorKind }, tokens: readonly Token[] | undefined): ActorKind | null {
  if (!tokens) return null;
  let clue: ActorKind | null = null;
  for (const m of cluster.mentions) {
    // "museums such as California's Museum of Neon Art": the listed thing is what the name owns.
    if (tokens[m.end]?.lower === "'s") continue;
    const head = listHeadBefore(tokens, m.first);
    // The tagger's person, or its place where the name is no known place ("Quellfield is a nonprofit that …").
    const mayBeCorrected = cluster.kind === 'person' || (cluster.kind === 'place' && !PLACE_NAMES.has(m.key) && !m.words.some((w) => hasFlag(w.toLowerCase(), ANY_PLACE_CUE)));
    const opensSentence = head === 0 || (head > 0 && (tokens[head]!.lineBefore || /^[.!?"]$/u.test(tokens[head - 1]!.form)));
    const said = head >= 0 ? kindOfRoleNoun(tokens[head]!, opensSentence) : mayBeCorrected ? appositiveHeadKind(tokens, m) : ownedRoleBefore(tokens, m) ? 'person' : null;
    if (!said) continue;
    if (clue && clue !== said) return null;
    clue = said;
  }
  if (!clue || clue === cluster.kind) return null;
  if (cluster.kind === 'person' && cluster.mentions.some((m) => tokenHasFlag(tokens[m.first]!, LEX.GIVEN))) return null;
  return clue;
}

/** "His attorney, Sofia Grant", "the company's founder, Jun Bell": a person's role owned by someone,
 *  then a comma, right before the name. */
function ownedRoleBefore(tokens: readonly Token[], m: MentionSpan): boolean {
  const comma = (m.titleFirst ?? m.first) - 1;
  const role = tokens[comma - 1];
  if (tokens[comma]?.form !== ',' || !role || !isLowerChar(role.form[0] ?? '') || !isPersonNoun(role.lower)) return false;
  for (let k = comma - 2; k >= 0 && comma - k <= 4; k--) {
    const t = tokens[k]!;
    if (OWNERS.has(t.lower)) return true;
    if (t.form === ',' || t.form === '.' || t.lineBefore) return false;
  }
  return false;
}
const OWNERS = new Set(['his', 'her', 'their', 'its', "'s"]);

/** Describing words read before an appositive's head noun ("a small Ohio nonprofit"). */
const MAX_APPOSITIVE_MODIFIERS = 4;

/** "Quellfield, a nonprofit that tracks pollution", "Corvalo is a startup that …": an organization
 *  (or a work) by the head noun of an appositive or copula opened by an article, when the noun ends
 *  its phrase. */
function appositiveHeadKind(tokens: readonly Token[], m: MentionSpan): ActorKind | null {
  // Or a copula: "Corvalo is a startup that …".
  const after = tokens[m.end]?.form;
  if (after !== ',' && after !== '\u2014' && after !== '\u2013' && tokens[m.end]?.lower !== 'is' && tokens[m.end]?.lower !== 'was') return null;
  const article = tokens[m.end + 1]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return null;
  for (let k = m.end + 2; k < tokens.length && k - (m.end + 2) <= MAX_APPOSITIVE_MODIFIERS; k++) {
    const t = tokens[k]!;
    if (t.lower === "'s" && k > m.end + 2) continue; // "the country's largest airline"
    if (t.lineBefore || !isLowerChar(t.form[0] ?? '') && !isUpperChar(t.form[0] ?? '')) return null;
    const next = tokens[k + 1];
    const endsPhrase = !next || next.form === ',' || next.form === '.' || next.form === '\u2014' || next.form === '\u2013' || /^(?:that|which|who|based|in|of|for|with)$/u.test(next.lower);
    // Only a company's or a work's noun: it corrects a one-word company or product taken for a person.
    if (endsPhrase) {
      const said = kindOfRoleNoun(t);
      return said === 'organization' || said === 'other' ? said : null;
    }
  }
  return null;
}

/** Nouns after an award's name for those who won it or may ("Grammy winner", "Oscar nominee"). */
const AWARD_HOLDERS = new Set(['winner', 'winners', 'winning', 'nominee', 'nominees', 'nomination', 'nominations', 'laureate', 'laureates', 'medalist', 'medalists', 'medallist', 'medallists']);

/** Nouns of made things and works that name what follows them ("the game X"); not those a person
 *  may follow ("model", "hit") or a verb may be ("play", "act"). */
const THING_NOUNS_BEFORE_NAME = new Set(['game', 'book', 'novel', 'film', 'movie', 'show', 'series', 'album', 'song', 'musical', 'opera', 'painting', 'sculpture',
  'drama', 'sitcom', 'documentary', 'miniseries', 'docuseries', 'thriller', 'memoir', 'novella', 'single', 'ep',
  'app', 'console', 'headset', 'device', 'phone', 'browser', 'software', 'drug', 'vaccine', 'podcast', 'smartphone', 'laptop', 'tablet', 'car', 'franchise', 'sequel', 'trilogy']);

/** Thing nouns that also end organizations' names ("Epic Games", "Harper's Magazine", "the Drudge Report"). */
const ORGANIZATION_WORK_HEADS = new Set(['games', 'magazine', 'report', 'paper', 'platform', 'studio', 'apps', 'event']);

/** "VR", "TV", "OS" in capitals: a brand's thing ("PlayStation VR", "Apple TV"), not a maker's name. */
function isTechAbbreviation(token: Token): boolean {
  return tokenHasFlag(token, CUE.GENERIC_ABBREVIATION) && token.form === token.form.toUpperCase();
}

/**
 * A made thing or a work is "other": some mention is followed by a thing noun ("the Rez game"),
 * or the name ends in a model number, a model word or a technical abbreviation after a brand
 * ("iPhone 4", "Meta Quest Pro", "Vellum VR").
 * People (with a given name) and known places are left alone; so are names with an organization or place cue.
 */
function thingKind(cluster: { mentions: MentionSpan[]; kind: ActorKind }, tokens: readonly Token[] | undefined): ActorKind | null {
  // (A place the tagger guessed is open to correction unless it is a known one: "in Minecraft".)
  if (!tokens || cluster.kind === 'other') return null;
  const key = cluster.mentions[0]!.key;
  if (PLACE_NAMES.has(key)) return null;
  // "the 1979 film Northern Star", "the drama Harbor Lights": the noun before says what it is, whatever its words.
  for (const m of cluster.mentions) {
    const before = tokens[m.first - 1];
    if (m.titleFirst === undefined && before && !tokens[m.first]!.lineBefore && THING_NOUNS_BEFORE_NAME.has(before.lower) && isLowerChar(before.form[0] ?? '')) return 'other';
  }
  if (cluster.mentions.some((m) => tokenHasFlag(tokens[m.first]!, LEX.PLACE | LEX.PLACE_PART))) return null;
  // "a Grammy winner", "an Oscar nominee": an award (a given name too, after an article).
  for (const m of cluster.mentions) {
    const after = tokens[m.end];
    const article = /^(?:a|an|the)$/u.test(tokens[m.first - 1]?.lower ?? '');
    if (after && AWARD_HOLDERS.has(after.lower) && !after.lineBefore && (article || !tokenHasFlag(tokens[m.first]!, LEX.GIVEN))) return 'other';
  }
  for (const m of cluster.mentions) {
    if (tokenHasFlag(tokens[m.first]!, LEX.GIVEN) && cluster.kind === 'person') return null;
    if (tokenHasFlag(tokens[m.end - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE)) return null;
    // "Institute for Advanced Study": the head of "X of/for Y" is X.
    for (let k = m.first + 1; k < m.end - 1; k++) {
      if ((tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') && tokenHasFlag(tokens[k - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE)) return null;
    }
  }
  for (const m of cluster.mentions) {
    const after = tokens[m.end];
    if (after && isLowerChar(after.form[0] ?? '') && inSet(WORK_NOUNS, after.lower) && isNounAfterName(tokens, m.end)) return 'other';
    const last = tokens[m.end - 1]!;
    // "Vellum 4", "Galaxy S25", "Meta Quest Pro": a model number or word after the name.
    if (m.end - m.first >= 2 && (/^\d/u.test(last.form) || /^\p{Lu}{1,2}\d{1,4}$/u.test(last.form) || isModelWord(last) || isTechAbbreviation(last))) return 'other';
    // "Tor Browser", "Vellum Console": a name headed by a thing noun (not one a publisher or studio is named by).
    if (m.end - m.first >= 2 && isUpperChar(last.form[0] ?? '') && WORK_NOUNS.has(last.lower) && !ORGANIZATION_WORK_HEADS.has(last.lower)) return 'other';
  }
  // "the Oculus Rift", "the Dark Knight": no one's name follows "the" (a family's, "the Smiths", is plural).
  if (cluster.kind === 'person' && cluster.mentions.some((m) => m.titleFirst === undefined && tokens[m.first - 1]?.lower === 'the' && !m.display.endsWith('s'))) return 'other';
  return null;
}

/** A one-word name the tagger was unsure about takes its kind from its neighbors: a place when
 *  most of its mentions are in a place role, an organization (a person) when some mention is in an
 *  organization's (a person's) role and none in another kind's (the tagger calls most unfamiliar
 *  words people). Names with a multi-word or acronym form, given names and known places keep their kind. */
function contextKind(cluster: { mentions: MentionSpan[]; kind: ActorKind }, tokens: readonly Token[] | undefined): ActorKind {
  // The tagger reads "a Quenby man" like "a Norwegian man": a thing, unless the name says a hometown.
  if (tokens && cluster.kind === 'other' && cluster.mentions.every((m) => m.words.length === 1)) {
    if (cluster.mentions.some((m) => isHometown(m, tokens))) return 'place';
    if (cluster.mentions.some((m) => doesCompanyWork(m, tokens))) return 'organization';
  }
  if (!tokens || cluster.kind === 'other' || cluster.mentions.some((m) => m.words.length > 1 || isAcronym(m.display))) return cluster.kind;
  const key = cluster.mentions[0]!.key;
  if (hasFlag(key, LEX.GIVEN) || PLACE_NAMES.has(key)) return cluster.kind;
  let place = 0;
  let organization = 0;
  let person = 0;
  for (const m of cluster.mentions) {
    const clue = contextClue(m, tokens);
    if (clue === 'place') place++;
    else if (clue === 'organization') organization++;
    else if (clue === 'person') person++;
  }
  if (cluster.kind !== 'place' && place * 2 > cluster.mentions.length) return 'place';
  if (cluster.kind !== 'organization' && organization > 0 && person === 0 && place === 0) return 'organization';
  if (cluster.kind !== 'person' && person > 0 && organization === 0 && place === 0) return 'person';
  return cluster.kind;
}

export function linkAliases(mentions: readonly MentionSpan[], acronymExpansions: ReadonlyMap<number, MentionSpan>, nicknames: readonly [MentionSpan, MentionSpan][] = [], tokens?: readonly Token[]): ActorCluster[] {
  // 1. Same string (or same place under another spelling) → one group.
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  for (const m of mentions) {
    const key = synonymKey.get(m.key) ?? m.key;
    let g = byKey.get(key);
    if (g === undefined) { g = groups.length; byKey.set(key, g); groups.push({ key, mentions: [], kind: m.kind, words: m.words }); }
    const group = groups[g]!;
    group.mentions.push(m);
    if (m.words.length > group.words.length) group.words = m.words;
  }
  for (const g of groups) g.kind = majorityKind(g.mentions);
  const uf = new UnionFind();
  for (let i = 0; i < groups.length; i++) uf.add();
  const dropped = new Set<number>();
  /** Ambiguous short names → the full-name groups they could belong to. */
  const ambiguousHits = new Map<number, number[]>();
  const expansionOf = new Map<number, number>(); // acronym group -> expansion group

  // 2. Acronyms written out in parentheses.
  for (const m of mentions) {
    const exp = acronymExpansions.get(m.first);
    if (!exp) continue;
    const a = byKey.get(synonymKey.get(m.key) ?? m.key);
    const e = byKey.get(exp.key);
    if (a !== undefined && e !== undefined && a !== e) { uf.union(e, a); expansionOf.set(a, e); }
  }
  // 3. Acronyms matching the initials of exactly one longer name.
  for (let a = 0; a < groups.length; a++) {
    const g = groups[a]!;
    if (expansionOf.has(a) || g.words.length !== 1 || !isAcronym(g.words[0]!) || synonymKey.has(g.key)) continue;
    const letters = acronymLetters(g.words[0]!);
    const matches: number[] = [];
    for (let b = 0; b < groups.length; b++) {
      const h = groups[b]!;
      // A place by its dotted initials only ("L.A."): "US" and the like are spellings (synonyms).
      if (h.words.length < 2 || h.kind === 'person' || (h.kind === 'place' && !g.words[0]!.includes('.'))) continue;
      if (initials(h.words, false) === letters) matches.push(b);
    }
    if (matches.length === 1) { uf.union(matches[0]!, a); expansionOf.set(a, matches[0]!); }
  }
  if (tokens) retypeNamedBySurname(groups, tokens);
  // 4. People: shorter names join the one full name they are part of.
  const order = groups.map((_, i) => i).sort((x, y) => groups[y]!.words.length - groups[x]!.words.length);
  const people: number[] = [];
  for (const i of order) {
    const g = groups[i]!;
    if (expansionOf.has(i)) continue;
    // A company the news names every day is not a person's first name ("Apple" of "Apple Pay").
    const canBePerson = (g.kind === 'person' || (g.words.length === 1 && !PLACE_NAMES.has(g.key) && !isAcronym(g.words[0]!))) && !(g.words.length === 1 && WELL_KNOWN_KINDS.has(g.key));
    if (!canBePerson) continue;
    // (A first name alone links only a person's: "Dolby" the company is not "Dolby Atmos".)
    const all = people.filter((p) => isPartOfName(g.words, groups[p]!.words) && (g.kind === 'person' || groups[p]!.words.at(-1)!.toLowerCase() === g.words.at(-1)!.toLowerCase()));
    // A surname beats a first name: "Lee" is Ann Lee's, even if a "Lee Chan" is in the text.
    const bySurname = all.filter((p) => groups[p]!.words.at(-1)!.toLowerCase() === g.words.at(-1)!.toLowerCase());
    const hits = bySurname.length > 0 ? bySurname : all;
    const roots = [...new Set(hits.map((p) => uf.find(p)))];
    if (roots.length === 1) { uf.union(roots[0]!, i); continue; }
    // A first word shared by several names ("Dolby" of "Dolby Atmos" and "Dolby Vision") is its own name.
    if (roots.length > 1 && bySurname.length === 0) continue;
    if (roots.length > 1) { dropped.add(i); ambiguousHits.set(i, hits); continue; }
    if (g.kind === 'person') people.push(i);
  }
  // Nicknames given in brackets.
  for (const [a, b] of nicknames) {
    const ga = byKey.get(synonymKey.get(a.key) ?? a.key);
    const gb = byKey.get(synonymKey.get(b.key) ?? b.key);
    if (ga !== undefined && gb !== undefined && !dropped.has(gb)) { dropped.delete(ga); uf.union(gb, ga); }
  }
  // 5. Organizations: "Congress" joins "US Congress" when only a place or demonym is cut off.
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.kind !== 'organization' || dropped.has(i) || uf.find(i) !== i) continue;
    const hits: number[] = [];
    for (let j = 0; j < groups.length; j++) {
      const h = groups[j]!;
      if (j === i || h.kind !== 'organization' || h.words.length <= g.words.length) continue;
      const cut = h.words.length - g.words.length;
      if (!sameWords(h.words.slice(cut), g.words)) continue;
      const prefix = h.words.slice(0, cut).join(' ').toLowerCase();
      if (PLACE_NAMES.has(prefix) || hasFlag(prefix, LEX.DEMONYM) || synonymKey.has(prefix)) hits.push(j);
    }
    const roots = [...new Set(hits.map((j) => uf.find(j)))];
    if (roots.length === 1) uf.union(roots[0]!, i);
  }

  // 6. Companies: "Apple" joins "Apple Inc." (only a corporate suffix is cut off).
  const companyByBase = new Map<string, number[]>();
  for (let j = 0; j < groups.length; j++) {
    const h = groups[j]!;
    if (h.kind !== 'organization' || h.words.length < 2 || !(CORPORATE.has(h.words[h.words.length - 1]!.toLowerCase()) || CLUB_SUFFIXES.has(h.words[h.words.length - 1]!.toLowerCase()))) continue;
    const base = h.words.slice(0, -1).join(' ').toLowerCase();
    companyByBase.set(base, [...(companyByBase.get(base) ?? []), j]);
  }
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (dropped.has(i) || (g.kind === 'person' && g.words.length > 1)) continue;
    let hits = companyByBase.get(g.words.join(' ').toLowerCase());
    // "Porthaven" the town is not "Porthaven FC" the club.
    if (g.kind === 'place') hits = hits?.filter((j) => !CLUB_SUFFIXES.has(groups[j]!.words.at(-1)!.toLowerCase()));
    if (hits) { const roots = [...new Set(hits.map((j) => uf.find(j)))]; if (roots.length === 1 && roots[0] !== uf.find(i)) uf.union(roots[0]!, i); }
  }
  if (tokens) linkShortOrganizationNames(groups, uf, dropped, tokens);
  linkNamePrefixes(groups, uf, dropped);
  linkSuffixSpellings(groups, uf, dropped);
  linkOfNameForms(groups, uf, dropped);
  linkBrandedNames(groups, uf, dropped);
  // Build clusters.
  const clusters = new Map<number, { groups: number[] }>();
  for (let i = 0; i < groups.length; i++) {
    if (dropped.has(i)) continue;
    const r = uf.find(i);
    let c = clusters.get(r);
    if (!c) { c = { groups: [] }; clusters.set(r, c); }
    c.groups.push(i);
  }
  // An ambiguous short name ("Parata" with two Paratas in the text) joins a person only where it
  // is unambiguous in context: exactly one of the candidates has been named before it.
  const extra = new Map<number, MentionSpan[]>();
  for (const [i, hits] of ambiguousHits) {
    const roots = [...new Set(hits.map((h) => uf.find(h)))];
    const firstSeen = roots.map((r) => {
      let min = Infinity;
      for (const g of clusters.get(r)!.groups) for (const m of groups[g]!.mentions) if (m.start < min) min = m.start;
      return min;
    });
    for (const m of groups[i]!.mentions) {
      const before = roots.filter((_, k) => firstSeen[k]! < m.start);
      if (before.length !== 1) continue;
      let list = extra.get(before[0]!);
      if (!list) { list = []; extra.set(before[0]!, list); }
      list.push(m);
    }
  }
  const out: ActorCluster[] = [];
  for (const [root, c] of clusters) {
    const ms = c.groups.length === 1 && !extra.has(root) ? inTextOrder(groups[c.groups[0]!]!.mentions)
      : [...c.groups.flatMap((i) => groups[i]!.mentions), ...(extra.get(root) ?? [])].sort((a, b) => a.start - b.start);
    const nameGroup = c.groups.reduce((best, i) => (fullness(groups[i]!) > fullness(groups[best]!) ? i : best), c.groups[0]!);
    // The group's best spelling: not the all-caps headline form when another exists.
    const nameMentions = groups[nameGroup]!.mentions;
    const name = nameMentions.find((m) => !isAllCapsText(m.display)) ?? nameMentions[0]!;
    // Kind: the full name decides when the tagger disagrees with itself across short forms.
    const allAcronyms = ms.every((x) => isAcronym(x.display));
    const kind = c.groups.some((i) => groups[i]!.kind === 'person' && groups[i]!.words.length > 1) ? 'person' : majorityKind(allAcronyms ? ms : ms.filter((m) => !isAcronym(m.display)));
    const cluster: ActorCluster = { mentions: ms, name, kind };
    cluster.kind = WELL_KNOWN_KINDS.get(name.display.toLowerCase()) ?? roleClueKind(cluster, tokens) ?? thingKind(cluster, tokens) ?? contextKind(cluster, tokens);
    const acr = c.groups.find((i) => expansionOf.has(i));
    if (acr !== undefined) cluster.expansion = groups[expansionOf.get(acr)!]!.mentions[0]!;
    out.push(cluster);
  }
  if (tokens) markOwnedProducts(out, tokens);
  if (tokens) markProductLines(out, tokens);
  if (tokens) kindsFromLists(out, tokens);
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * "Dolby" … "Dolby Atmos", "Xbox" … "Xbox Live": a name that opens with the whole name of a
 * company or a product of the same text, and goes on without an organization or place word, is a
 * thing that company makes (or a version of that product), not a person ("Dolby Atmos" is no
 * surname). A company's own units keep their kind ("Sony Pictures" stays an organization).
 */
function markOwnedProducts(clusters: ActorCluster[], tokens: readonly Token[]): void {
  const oneWordKind = new Map<string, ActorKind>();
  for (const c of clusters) if (c.name.words.length === 1 && (c.kind === 'organization' || c.kind === 'other')) oneWordKind.set(c.name.key, c.kind);
  if (oneWordKind.size === 0) return;
  for (const c of clusters) {
    const { words, first, end } = c.name;
    if (words.length < 2 || c.kind === 'other' || c.kind === 'place' || tokenHasFlag(tokens[first]!, LEX.GIVEN) || tokenHasFlag(tokens[end - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE)) continue;
    const owner = oneWordKind.get(normalizeName(words[0]!));
    if (owner === 'other' || (owner === 'organization' && c.kind === 'person')) c.kind = 'other';
  }
}

/**
 * "the original Vireo" … "the Vireo 2": a one-word name whose numbered or model versions are things
 * of the text is that product line, a thing too (not a company: "Dolby" of "Dolby Atmos", a name
 * going on with a word, stays the maker). Given names and companies the news knows are left alone.
 */
function markProductLines(clusters: ActorCluster[], tokens: readonly Token[]): void {
  const lines = new Set<string>();
  for (const c of clusters) {
    const { words, end } = c.name;
    if (c.kind === 'other' && words.length >= 2 && (/^\d/u.test(words[1]!) || isModelWord(tokens[c.name.first + 1]!)) && end - c.name.first === words.length) lines.add(normalizeName(words[0]!));
  }
  if (lines.size === 0) return;
  for (const c of clusters) {
    if (c.kind === 'other' || c.kind === 'place' || c.name.words.length !== 1 || !lines.has(c.name.key) || WELL_KNOWN_KINDS.has(c.name.key)) continue;
    if (c.mentions.some((m) => tokenHasFlag(tokens[m.first]!, LEX.GIVEN))) continue;
    c.kind = 'other';
  }
}

/** Fewest names in a list for its kind to carry over to an odd one out. */
const MIN_LIST_NAMES = 3;

/**
 * "Netflix, Slack and Zoom": names listed together are of one kind, so a one-word "person" (no known
 * first name) or "place" (no known place) listed with two or more names that agree on another kind
 * takes theirs.
 */
function kindsFromLists(clusters: ActorCluster[], tokens: readonly Token[]): void {
  const at: { m: MentionSpan; c: ActorCluster }[] = [];
  for (const c of clusters) for (const m of c.mentions) at.push({ m, c });
  at.sort((a, b) => a.m.first - b.m.first);
  const joins = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > 2) return false;
    const between = to - from === 1 ? tokens[from]!.lower : `${tokens[from]!.lower} ${tokens[from + 1]!.lower}`;
    return between === ',' || between === 'and' || between === 'or' || between === ', and' || between === ', or';
  };
  for (let i = 0; i < at.length; ) {
    let j = i;
    while (j + 1 < at.length && joins(at[j]!.m.end, at[j + 1]!.m.first)) j++;
    const items = at.slice(i, j + 1);
    i = j + 1;
    if (items.length < MIN_LIST_NAMES) continue;
    for (const item of items) {
      const { c } = item;
      const word = tokens[c.name.first]!;
      const unsure = c.kind === 'person' ? !tokenHasFlag(word, LEX.GIVEN) : c.kind === 'place' && !PLACE_NAMES.has(c.name.key) && !tokenHasFlag(word, ANY_PLACE_CUE);
      if (!unsure || c.name.words.length !== 1) continue;
      const others = new Set(items.filter((x) => x !== item).map((x) => x.c.kind));
      const [kind] = others;
      if (others.size === 1 && kind !== c.kind && kind !== 'person') c.kind = kind!;
    }
  }
}

/**
 * "Teodor Abeyta won the race. Abeyta said …": a name of two or three words the tagger took for an
 * organization is a person's when the text calls a person by its last word alone, and nothing in
 * it says organization or place (no cue word, not a name the news knows as a company). So is one
 * followed by "he" or "her" in its sentence ("Siv Kvale announced her resignation").
 */
function retypeNamedBySurname(groups: Group[], tokens: readonly Token[]): void {
  const personWords = new Set<string>();
  for (const g of groups) if (g.kind === 'person' && g.words.length === 1 && !isAcronym(g.words[0]!)) personWords.add(g.key);
  for (const g of groups) {
    if (g.kind !== 'organization' || g.words.length < 2 || g.words.length > 3 || WELL_KNOWN_KINDS.has(g.key)) continue;
    if (!personWords.has(normalizeName(g.words.at(-1)!)) && !g.mentions.some((m) => personalPronounAfter(tokens, m))) continue;
    const m = g.mentions[0]!;
    let cued = false;
    for (let k = m.first; k < m.end; k++) if (tokenHasFlag(tokens[k]!, ANY_ORG_CUE | ANY_PLACE_CUE | LEX.PLACE) || isAcronym(tokens[k]!.form)) cued = true;
    if (!cued) g.kind = 'person';
  }
}

/** Pronouns that refer to a person, never to a company. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
/** How far after a name its pronoun is looked for, in tokens. */
const PRONOUN_WINDOW = 8;

/** "Siv Kvale announced her resignation": a personal pronoun soon after the name, in its
 *  sentence, before any other capitalized word (which could be the pronoun's person). */
function personalPronounAfter(tokens: readonly Token[], m: MentionSpan): boolean {
  for (let k = m.end; k < tokens.length && k - m.end < PRONOUN_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.lineBefore || t.form === '.' || t.form === ';' || t.form === '"' || t.form === '“' || t.form === '”') return false;
    if (isUpperChar(t.form[0] ?? '')) return false;
    if (PERSONAL_PRONOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Apple Vision Pro" … "Vision Pro", "Harlo Nimbus 3" … "Nimbus 3": a thing's name said without the
 * company that opens it is the same thing, when that company is an organization of the text (or one
 * the news names every day) and only one name has that tail.
 */
function linkBrandedNames(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const organizations = new Set<string>();
  for (const g of groups) if (g.kind === 'organization' && g.words.length === 1) organizations.add(g.key);
  const byTail = new Map<string, number[]>();
  groups.forEach((h, j) => {
    if (h.kind === 'person' || h.kind === 'place' || h.words.length < 2 || dropped.has(j)) return;
    const brand = h.words[0]!.toLowerCase();
    if (!organizations.has(brand) && WELL_KNOWN_KINDS.get(brand) !== 'organization') return;
    const tail = h.words.slice(1).join(' ').toLowerCase();
    byTail.set(tail, [...(byTail.get(tail) ?? []), j]);
  });
  if (byTail.size === 0) return;
  groups.forEach((g, i) => {
    const owners = byTail.get(g.key);
    if (!owners || owners.length !== 1 || dropped.has(i) || g.kind === 'person' || g.kind === 'place') return;
    if (uf.find(owners[0]!) !== uf.find(i)) uf.union(owners[0]!, i);
  });
}

/** Words a company's or club's name may end in, written out or short: one spelling for each. */
const SUFFIX_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ (?:football club|f\.c\.)$/u, ' fc'], [/ corporation$/u, ' corp'], [/ corp\.$/u, ' corp'], [/ incorporated$/u, ' inc'], [/ inc\.$/u, ' inc'],
  [/ limited$/u, ' ltd'], [/ ltd\.$/u, ' ltd'], [/ company$/u, ' co'], [/ co\.$/u, ' co'], [/ university$/u, ' univ'],
];

/** "Porthaven Football Club" … "Porthaven FC", "Velmar Corporation" … "Velmar Corp.": one name in two spellings of its suffix. */
function linkSuffixSpellings(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const bySpelling = new Map<string, number>();
  groups.forEach((g, i) => {
    if (g.kind === 'person' || g.kind === 'place' || g.words.length < 2 || dropped.has(i)) return;
    let spelling = g.key;
    for (const [long, short] of SUFFIX_SPELLINGS) spelling = spelling.replace(long, short);
    const other = bySpelling.get(spelling);
    if (other === undefined) bySpelling.set(spelling, i);
    else if (uf.find(other) !== uf.find(i)) uf.union(other, i);
  });
}

/**
 * "Department of Homeland Security" … "Homeland Security" … "Homeland Security Department": a body
 * named "<Office> of <Field>" is also called by its field, when that has two words or more (one word
 * alone is too often something else: "Justice"), or by its field before its office word. Only when
 * one body of the text has that field.
 */
function linkOfNameForms(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const byForm = new Map<string, number[]>();
  groups.forEach((h, j) => {
    if (h.kind !== 'organization' || dropped.has(j) || h.words.length < 3) return;
    const of = h.words[1]!.toLowerCase();
    if ((of !== 'of' && of !== 'for') || !hasFlag(h.words[0]!.toLowerCase(), ANY_ORG_CUE)) return;
    const field = h.words.slice(2);
    const forms = [[...field, h.words[0]!].join(' ').toLowerCase()];
    if (field.length >= 2) forms.push(field.join(' ').toLowerCase());
    for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), j]);
  });
  if (byForm.size === 0) return;
  groups.forEach((g, i) => {
    if (g.kind === 'place' || dropped.has(i)) return;
    const hits = byForm.get(g.words.join(' ').toLowerCase());
    if (hits?.length === 1 && uf.find(hits[0]!) !== uf.find(i)) uf.union(hits[0]!, i);
  });
}

/**
 * "Harbor Foods Market" … "Harbor Foods": a name of two words or more that opens exactly one longer
 * organization's or place's name of the text is that name said short. Not a known place ("New York" of "New
 * York Times"), not a person, and not when two longer names share the opening.
 */
function linkNamePrefixes(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const byOpening = new Map<string, number[]>();
  groups.forEach((h, j) => {
    // Works are left out: a title's opening is often another work ("Until Dawn" of "Until Dawn: Rush of Blood").
    if (h.kind === 'person' || h.kind === 'other' || h.words.length < 3) return;
    for (let n = 2; n < h.words.length; n++) {
      // A model or a sequel is another thing ("Nimbus Ultra" of "Nimbus Ultra Pro", "… 2", "…: Rush of Blood").
      const next = h.words[n]!;
      if (next === ':' || /^\d/u.test(next) || MODEL_WORDS.has(next.toLowerCase())) break;
      const key = h.words.slice(0, n).join(' ').toLowerCase();
      byOpening.set(key, [...(byOpening.get(key) ?? []), j]);
    }
  });
  groups.forEach((g, i) => {
    if (dropped.has(i) || g.kind === 'person' || g.words.length < 2 || PLACE_NAMES.has(g.key) || synonymKey.has(g.key)) return;
    const hits = byOpening.get(g.words.join(' ').toLowerCase());
    if (!hits) return;
    const roots = [...new Set(hits.map((j) => uf.find(j)))];
    if (roots.length === 1 && roots[0] !== uf.find(i)) uf.union(roots[0]!, i);
  });
}

/** Words after a place's name that make it the name of that place's body ("Eastbrook City Council"). */
const LOCAL_UNITS = new Set(['city', 'county', 'town', 'state', 'municipal', 'village', 'borough', 'district', 'provincial', 'regional']);

/** Organization names of this many words or more may be called by their first word alone. */
const MIN_WORDS_FOR_FIRST_WORD = 3;

/**
 * Short names an article gives an organization after its full name:
 * - its first word, when the name is long and ends in an organization word ("Packard" for the
 *   Packard Motor Car Company), no other organization starts with it, and nothing else
 *   (a person "Henry Ford") already took it;
 * - "the" and its last word ("the Trust" for the Harbor Trust, "the Authority"), when that word
 *   is an organization word and only one organization of the article ends in it.
 */
function linkShortOrganizationNames(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>, tokens: readonly Token[]): void {
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  groups.forEach((h, j) => {
    if (h.kind !== 'organization' || h.words.length < 2) return;
    const push = (map: Map<string, number[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(j);
      else map.set(key, [j]);
    };
    push(byLast, h.words[h.words.length - 1]!.toLowerCase());
    // (Not a common word or one that names a body of its own: "House" of "House Freedom Caucus" is the House.)
    // (Nor a town's name before its own body: "Eastbrook" of "Eastbrook City Council" is the town.)
    const first = h.words[0]!.toLowerCase();
    const townBody = LOCAL_UNITS.has(h.words[1]!.toLowerCase());
    if (h.words.length >= MIN_WORDS_FOR_FIRST_WORD && tokenHasFlag(tokens[h.mentions[0]!.end - 1]!, ANY_ORG_CUE) && !hasFlag(first, LEX.COMMON | ANY_ORG_CUE) && !townBody) push(byFirst, first);
  });
  groups.forEach((g, i) => {
    if (g.words.length !== 1 || dropped.has(i) || uf.find(i) !== i || g.kind === 'place' || isAcronym(g.words[0]!)) return;
    const word = g.words[0]!.toLowerCase();
    const afterThe = g.mentions.every((m) => m.first > 0 && tokens[m.first - 1]!.lower === 'the' && !tokens[m.first]!.lineBefore);
    const lastHits = afterThe && tokenHasFlag(tokens[g.mentions[0]!.first]!, ANY_ORG_CUE) ? byLast.get(word) : undefined;
    const hits = lastHits ?? byFirst.get(word);
    if (!hits) return;
    const roots = [...new Set(hits.map((j) => uf.find(j)))];
    if (roots.length === 1 && roots[0] !== i) uf.union(roots[0]!, i);
  });
}

/** A copy of mentions sorted by start; one group's mentions usually already are (no sort needed). */
function inTextOrder(mentions: readonly MentionSpan[]): MentionSpan[] {
  for (let k = 1; k < mentions.length; k++) {
    if (mentions[k]!.start < mentions[k - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions.slice();
}

function isAllCapsText(s: string): boolean {
  let upper = 0;
  for (const ch of s) { if (isLowerChar(ch)) return false; if (isUpperChar(ch)) upper++; }
  return upper > 0;
}

/** How full a name is: more words first, then not an acronym, then longer. */
function fullness(g: Group): number {
  return g.words.length * 1000 + (isAcronym(g.words.join('')) ? 0 : 500) + Math.min(g.key.length, 499);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]!.toLowerCase());
}

/** "Ko Wen-je", "Lai Ching-te": a one-word surname then a hyphenated given name with a lower-case second part. */
export function isSurnameFirstName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const given = words[1]!;
  const dash = given.indexOf('-');
  return dash > 0 && dash < given.length - 1 && isUpperChar(given[0]!) && isLowerChar(given[dash + 1]!);
}

/** "Sato" ⊂ "Masahisa Sato"; "Te Kaurinui" ⊂ "Te Kaurinui Robert Parata"; "Te Kaurinui Parata" too. */
/** Generational suffixes after a surname ("Ola Brenne Jr."): "Brenne" is still the surname. */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

export function isPartOfName(short: readonly string[], fullName: readonly string[]): boolean {
  const full = fullName.length > 2 && NAME_SUFFIXES.has(fullName.at(-1)!.toLowerCase()) ? fullName.slice(0, -1) : fullName;
  if (short.length >= full.length) return false;
  const s = short.map((w) => w.toLowerCase());
  const f = full.map((w) => w.toLowerCase());
  const sameLast = s[s.length - 1] === f[f.length - 1];
  const sameFirst = s[0] === f[0];
  // "Bob" of 'Robert "Bob" Lindqvist': the nickname in quotation marks.
  if (s.length === 1 && f.some((w, i) => w === s[0] && i > 0 && (f[i - 1] === '"' || f[i - 1] === "'") && f[i + 1] === f[i - 1])) return true;
  // "Ruiz" of "Ana Maria Ruiz Torres": the first of two surnames (not a first name in the middle).
  if (s.length === 1 && f.length >= 3 && s[0] === f[f.length - 2] && !hasFlag(s[0]!, LEX.GIVEN)) return true;
  if (!sameLast && !sameFirst) return false;
  // "Michael" alone is not linked to "Michael Mazza" (a common given name is anyone's); but "Ko" is
  // the surname of "Ko Wen-je" (surname first), and a first name nobody else has ("Lupita") is hers.
  if (sameFirst && !sameLast && s.length === 1 && f.length === 2 && !isSurnameFirstName(full) && hasFlag(s[0]!, LEX.GIVEN)) return false;
  let j = 0;
  for (let i = 0; i < f.length && j < s.length; i++) if (f[i] === s[j]) j++;
  return j === s.length;
}
