// Features of one token in its sentence for the entity tagger. Shared by the tagger (tag-entities.ts)
// and its training script (scripts/train-tagger.ts) so both see exactly the same thing.
import { hasUpperLetter, isDigitChar, isLowerChar, isUpperChar } from './characters';
import { CUE, FORM, LEX, LEX_NAMES, isCompoundGivenName, lexFlags } from './lexicon';
import { MORE_GIVEN_NAMES } from './lexicons/given-names-more';
import { NAME_PARTICLE_WORDS, OPENING_PARTICLE_WORDS } from './lexicons/name-particles';
import { isMostlyCapsCount } from './split-sentences';

/**
 * The long given-name list ("Lena", "Kari") is read by the tagger only, as GIVEN: the rules keep
 * the short list, since many of these names are also surnames or words ("Tor", "Travers"), and a
 * rare first name alone is still its bearer's ("Lupita"). Only the tagger loads it (the page's
 * content script does not).
 */
const MORE_GIVEN: ReadonlySet<string> = new Set(MORE_GIVEN_NAMES.map((name) => name.toLowerCase()));

/** The lexicon flags the tagger sees. */
function taggerLexFlags(lower: string): number {
  const flags = lexFlags(lower);
  const given = MORE_GIVEN.has(lower) || isCompoundGivenName(lower, (part) => MORE_GIVEN.has(part) || (lexFlags(part) & LEX.GIVEN) !== 0);
  return given ? flags | LEX.GIVEN : flags;
}

/** Tag set (BIO over CoNLL types). Index 0 is O. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

/** Lower-case particles that may sit inside or open a name ("van", "de", "bin"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_WORDS);
const OPENING_PARTICLES: ReadonlySet<string> = new Set(OPENING_PARTICLE_WORDS);

/** Word shape: character classes with runs collapsed ("Xx", "X.X.", "d/d", "Xx-x"). */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  for (const ch of form) {
    let c: string;
    if (isUpperChar(ch)) c = 'X';
    else if (isLowerChar(ch)) c = 'x';
    else if (isDigitChar(ch)) c = 'd';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else c = ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** Per-document facts that help with headlines and sentence-initial words. */
export interface DocumentFacts {
  /** Lower-case forms seen written in lower case somewhere in the document. */
  seenLower: Set<string>;
  /** Lower-case forms seen capitalized in the middle of a mixed-case sentence. */
  seenCapitalized: Set<string>;
}

export interface SentenceView {
  forms: readonly string[];
  lowers: readonly string[];
  /** Most letters upper-case: a headline or an all-caps line. */
  allCaps: boolean;
}

function isMostlyCaps(forms: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const f of forms) {
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      else if (c > 127) { const ch = f[i]!; if (isUpperChar(ch)) upper++; else if (isLowerChar(ch)) lower++; }
    }
  }
  return isMostlyCapsCount(upper, lower);
}

/** allCaps may be given when the caller has already counted the sentence's letters. */
export function sentenceView(forms: readonly string[], lowers?: readonly string[], allCaps: boolean = isMostlyCaps(forms)): SentenceView {
  return { forms, lowers: lowers ?? forms.map((f) => f.toLowerCase()), allCaps };
}

export function collectDocumentFacts(sentences: readonly SentenceView[]): DocumentFacts {
  const seenLower = new Set<string>();
  const seenCapitalized = new Set<string>();
  for (const s of sentences) {
    if (s.allCaps) continue;
    for (let i = 0; i < s.forms.length; i++) {
      const f = s.forms[i]!;
      const first = f[0] ?? '';
      if (isLowerChar(first)) seenLower.add(s.lowers[i]!);
      else if (i > 0 && isUpperChar(first) && !isQuoteOrOpener(s.forms[i - 1]!)) seenCapitalized.add(s.lowers[i]!);
    }
  }
  return { seenLower, seenCapitalized };
}

/** collectDocumentFacts from the tokens' flags (FORM.LOWER_START / UPPER_START, one per word), the
 *  sentences starting at `offsets`: the same facts without a character test per token. */
export function collectDocumentFactsByFlags(sentences: readonly SentenceView[], flags: Int32Array, offsets: readonly number[]): DocumentFacts {
  const seenLower = new Set<string>();
  const seenCapitalized = new Set<string>();
  sentences.forEach((s, k) => {
    if (s.allCaps) return;
    const offset = offsets[k]!;
    for (let i = 0; i < s.forms.length; i++) {
      const f = flags[offset + i]!;
      if (f & FORM.LOWER_START) seenLower.add(s.lowers[i]!);
      else if (i > 0 && (f & FORM.UPPER_START) && !isQuoteOrOpener(s.forms[i - 1]!)) seenCapitalized.add(s.lowers[i]!);
    }
  });
  return { seenLower, seenCapitalized };
}

function isQuoteOrOpener(form: string): boolean {
  return form === '"' || form === "'" || form === '(' || form === '-' || form === ':' || form === '...';
}

/** Whether the tagger should score this token at all (others are O without looking). */
export function isScoreable(s: SentenceView, i: number, prevTag: number): boolean {
  const f = s.forms[i]!;
  if (prevTag !== 0) return true;
  if (hasUpperLetter(f)) return true;
  // A lower-case particle opening a name: "de Gaulle", "van Gogh", "al-Assad" is one token already.
  return OPENING_PARTICLES.has(s.lowers[i]!) && opensName(s, i);
}

/** isScoreable from a token's flags (FORM.HAS_UPPER and CUE.OPENING_PARTICLE, looked up once per
 *  word by the tokenizer): the same answer without a string test per token. */
export function isScoreableByFlags(s: SentenceView, i: number, prevTag: number, flags: number): boolean {
  if (prevTag !== 0 || (flags & FORM.HAS_UPPER) !== 0) return true;
  return (flags & CUE.OPENING_PARTICLE) !== 0 && opensName(s, i);
}

/** The word after token i starts with a capital. */
function opensName(s: SentenceView, i: number): boolean {
  const next = s.forms[i + 1];
  return next !== undefined && isUpperChar(next[0] ?? '');
}

const cap = (s: string): string => (s.length > 12 ? s.slice(0, 12) : s);

/** Whether token i opens its sentence (or follows an opening quote/bracket): 'S', else '-'. */
export function startFlag(s: SentenceView, i: number): string {
  return i === 0 || isQuoteOrOpener(s.forms[i - 1]!) ? 'S' : '-';
}

/** Features of the word itself in its sentence position (no neighbors, no tags). */
export function wordFeatures(form: string, low: string, caps: string, start: string, doc: DocumentFacts, out: string[]): void {
  const shape = wordShape(form);
  out.push('b');
  out.push('l:' + low);
  out.push('sh:' + shape + caps);
  out.push('p3:' + low.slice(0, 3));
  out.push('s3:' + low.slice(-3));
  out.push('s4:' + low.slice(-4));
  out.push('st:' + start + caps + shape);
  out.push('len:' + (form.length > 4 ? '5' : String(form.length)) + caps);
  const lf = taggerLexFlags(low);
  for (const [bit, name] of LEX_NAMES) if (lf & bit) out.push('lx:' + name);
  documentFeatures(low, caps, start, doc, out);
}

/** Features from what the rest of the document does with the word. */
export function documentFeatures(low: string, caps: string, start: string, doc: DocumentFacts, out: string[]): void {
  if (doc.seenLower.has(low)) out.push('dl' + start + caps);
  if (doc.seenCapitalized.has(low)) out.push('dc' + start + caps);
}

/** The word's own features that do not depend on the document. */
export function wordOnlyFeatures(form: string, low: string, caps: string, start: string, out: string[]): void {
  wordFeatures(form, low, caps, start, NO_DOCUMENT, out);
}
const NO_DOCUMENT: DocumentFacts = { seenLower: new Set(), seenCapitalized: new Set() };

/** Features a word gives its right neighbor (as the previous word); form undefined = sentence start. */
export function asPreviousFeatures(form: string | undefined, out: string[]): void {
  const low = form === undefined ? '<s>' : form.toLowerCase();
  out.push('pl:' + low);
  out.push('psh:' + (form === undefined ? '<s>' : wordShape(form)));
  const f = form === undefined ? 0 : taggerLexFlags(low);
  for (const [bit, name] of LEX_NAMES) if (f & bit) out.push('plx:' + name);
}

/** Features a word gives its left neighbor (as the next word); form undefined = sentence end. */
export function asNextFeatures(form: string | undefined, out: string[]): void {
  const low = form === undefined ? '</s>' : form.toLowerCase();
  out.push('nl:' + low);
  out.push('nsh:' + (form === undefined ? '</s>' : wordShape(form)));
  const f = form === undefined ? 0 : taggerLexFlags(low);
  for (const [bit, name] of LEX_NAMES) if (f & bit) out.push('nlx:' + name);
}

/** Features that depend on the tags already given. */
export function tagFeatures(shape: string, prevTag: number, prev2Tag: number, out: string[]): void {
  out.push('pt:' + prevTag);
  out.push('pt2:' + prev2Tag + '.' + prevTag);
  out.push('ptsh:' + prevTag + shape);
}

/** Features of the previous word and this word's shape together. */
export function pairFeatures(s: SentenceView, i: number, shape: string, out: string[]): void {
  out.push('pls:' + cap(i > 0 ? s.lowers[i - 1]! : '<s>') + '|' + shape);
}

/** Feature strings for token i. prevTag/prev2Tag are tag indices (0 = O). */
export function tokenFeatures(s: SentenceView, i: number, prevTag: number, prev2Tag: number, doc: DocumentFacts, out: string[]): void {
  out.length = 0;
  const form = s.forms[i]!;
  const caps = s.allCaps ? 'C' : 'm';
  wordFeatures(form, s.lowers[i]!, caps, startFlag(s, i), doc, out);
  asPreviousFeatures(i > 0 ? s.forms[i - 1] : undefined, out);
  asNextFeatures(i + 1 < s.forms.length ? s.forms[i + 1] : undefined, out);
  out.push('pl2:' + (i > 1 ? s.lowers[i - 2]! : '<s>'));
  out.push('nl2:' + (i + 2 < s.forms.length ? s.lowers[i + 2]! : '</s>'));
  tagFeatures(wordShape(form), prevTag, prev2Tag, out);
  pairFeatures(s, i, wordShape(form), out);
}
