// Stage 1: split text into word and punctuation tokens with offsets, in one left-to-right pass.
// Close to CoNLL/Penn tokenisation (the tagger was trained on it): possessive 's is its own
// token, punctuation is split off, but hyphenated/apostrophe names ("Chih-cheng", "O'Brien"),
// initialisms ("U.S."), known abbreviations ("Co.", "Mr.") and numbers ("9/11", "3.5") stay whole.
// Soft hyphens and zero-width characters inside a word stay inside its span but not its form.
import {
  hasUpperLetter, isAllCapsWord, isApostrophe, isDigitChar, isHyphen, isInvisible, isLetterChar, isLowerChar, isUpperChar, lowerLetterCount, normalizeForm, upperLetterCount,
} from './characters';
import { ABBREVIATIONS } from './lexicons/abbreviations';
import { FORM, lexFlags } from './lexicon';

export interface Token {
  start: number;
  end: number;
  /** Normalized surface form (no invisible chars, straight apostrophes). */
  form: string;
  /** form.toLowerCase() */
  lower: string;
  /** Lexicon flags of lower (lexicon.ts LEX and CUE), looked up once here, plus FORM bits from the spelling. */
  flags: number;
  /** Letters of form in upper / lower case (for telling headlines in capitals), counted once here. */
  upperLetters: number;
  lowerLetters: number;
  /** A line break precedes this token (since the previous token). */
  lineBefore: boolean;
  /** A blank line (paragraph break) precedes this token. */
  paragraphBefore: boolean;
}

/** A token as the tokenizer makes it: where it starts and the line breaks before it, packed in one
 *  small integer, and the shared entry of its word (see wordOf), which also gives its length. Two
 *  fields rather than nine: a long article has hundreds of thousands of tokens that live through the
 *  whole analysis, and every byte of them is copied by the garbage collector. */
class WordToken implements Token {
  private readonly at: number;
  constructor(start: number, private readonly word: WordForms, newlines: number) {
    this.at = start * 4 + Math.min(newlines, 2);
  }
  get start(): number { return this.at >> 2; }
  get end(): number { return (this.at >> 2) + this.word.length; }
  get form(): string { return this.word.form; }
  get lower(): string { return this.word.lower; }
  get flags(): number { return this.word.flags; }
  get upperLetters(): number { return this.word.upperLetters; }
  get lowerLetters(): number { return this.word.lowerLetters; }
  get lineBefore(): boolean { return (this.at & 3) > 0; }
  get paragraphBefore(): boolean { return (this.at & 3) > 1; }
}

/** Longest text tokenized, in UTF-16 units (start * 4 must stay a small integer); far beyond any page. */
const MAX_TEXT_LENGTH = 2 ** 28;

/** Longest single token we keep; longer runs are cut so pathological input stays linear. */
const MAX_TOKEN_LENGTH = 100; // UTF-16 units

/** What a token's raw text normalizes to; a pure function of the raw text. */
type WordForms = Pick<Token, 'form' | 'lower' | 'flags' | 'upperLetters' | 'lowerLetters'> & {
  /** Length of the raw text (UTF-16 units), so a token's end follows from its start. */
  length: number;
};
/** Distinct raw token texts kept before the cache is emptied (bounds memory in a long-lived worker). */
const MAX_CACHED_WORDS = 50_000;
const words = new Map<string, WordForms>();

/** Normalized form, lower case, lexicon flags and letter counts of a raw token text, computed once per distinct text:
 *  words repeat, so one map look-up replaces normalizing, lower-casing and a lexicon look-up, and
 *  tokens of one word share their strings (later look-ups reuse the strings' cached hashes). */
function wordOf(raw: string): WordForms {
  let word = words.get(raw);
  if (!word) {
    const form = normalizeForm(raw);
    const lower = form.toLowerCase();
    const first = form[0] ?? '';
    const flags = lexFlags(lower) | (hasUpperLetter(form) ? FORM.HAS_UPPER : 0)
      | (isLowerChar(first) ? FORM.LOWER_START : 0) | (isUpperChar(first) ? FORM.UPPER_START : 0);
    word = { form, lower, flags, upperLetters: upperLetterCount(form), lowerLetters: lowerLetterCount(form), length: raw.length };
    if (words.size >= MAX_CACHED_WORDS) words.clear();
    words.set(raw, word);
  }
  return word;
}

/** Short ASCII tokens ("the", ",", "said", "'s": most tokens) are found by a number made from their
 *  characters (7 bits each; every token character is above 32, so the key is unique), without
 *  making a string for them first. */
const MAX_SHORT_LENGTH = 4;
const shortWords = new Map<number, WordForms>();

function wordAt(text: string, start: number, end: number): WordForms {
  if (end - start > MAX_SHORT_LENGTH) return wordOf(text.slice(start, end));
  let key = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return wordOf(text.slice(start, end));
    key = key * 128 + code;
  }
  let word = shortWords.get(key);
  if (!word) {
    word = wordOf(text.slice(start, end));
    if (shortWords.size >= MAX_CACHED_WORDS) shortWords.clear();
    shortWords.set(key, word);
  }
  return word;
}

/** isWordChar for an ASCII code: a letter or a digit. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isWordChar(ch: string): boolean {
  return isLetterChar(ch) || isDigitChar(ch);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = Math.min(text.length, MAX_TEXT_LENGTH); // beyond any real page; offsets must fit the packed form
  let i = 0;
  let newlines = 0;
  const push = (start: number, end: number): void => {
    tokens.push(new WordToken(start, wordAt(text, start, end), newlines));
    newlines = 0;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10) { newlines++; i++; continue; }
    if (code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000 || isInvisible(code)) {
      if (code === 0x2029) newlines += 2;
      i++;
      continue;
    }
    const ch = text[i]!;
    // Surrogate pairs and other non-word symbols: one token per code point.
    if (!(code < 128 ? isAsciiWordCode(code) : isWordChar(ch)) && !(code >= 0xd800 && code <= 0xdbff)) {
      // Possessive/contraction clitic written after a space: "'s", "'S", "n't" handled below.
      if (isApostrophe(ch) && i + 1 < n && (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isWordChar(text[i + 2]!))) {
        push(i, i + 2);
        i += 2;
        continue;
      }
      push(i, i + 1);
      i++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      const sym = String.fromCodePoint(cp);
      if (!/\p{L}|\p{N}/u.test(sym)) { push(i, i + len); i += len; continue; }
    }
    // A word: letters/digits, joined by internal hyphens, apostrophes, periods (initialisms/numbers), & and /.
    const start = i;
    let j = i;
    while (j < n && j - start < MAX_TOKEN_LENGTH) {
      const cc = text.charCodeAt(j);
      if (cc < 128 ? isAsciiWordCode(cc) : isWordChar(text[j]!) || isInvisible(cc) || (cc >= 0x0300 && cc <= 0x036f)) { j++; continue; }
      const c = text[j]!;
      if (cc >= 0xd800 && cc <= 0xdbff && j + 1 < n) {
        const sym = String.fromCodePoint(text.codePointAt(j)!);
        if (/\p{L}|\p{N}/u.test(sym)) { j += 2; continue; }
        break;
      }
      const next = j + 1 < n ? text[j + 1]! : '';
      if (isHyphen(c) && next && isWordChar(next)) { j++; continue; }
      if (isApostrophe(c) && next && isLetterChar(next)) {
        // Split possessive "'s" (and "'S") when it ends the word: Japan's -> Japan + 's.
        const after = j + 2 < n ? text[j + 2]! : '';
        if ((next === 's' || next === 'S') && !(after && isWordChar(after))) break;
        // Split "n't" contractions: don't -> do + n't (only matters for lower-case words).
        j++;
        continue;
      }
      if ((c === '&' || c === '/') && next && isWordChar(next) && isWordChar(text[j - 1]!)) {
        // AT&T, 9/11: only between two word characters of the same class (upper-case or digits).
        const prev = text[j - 1]!;
        if ((isUpperChar(prev) && isUpperChar(next)) || (isDigitChar(prev) && isDigitChar(next))) { j++; continue; }
        break;
      }
      if (c === '.' || c === ',' || c === ':') {
        // Numbers: 3.5, 1,000, 10:30
        if (next && isDigitChar(next) && isDigitChar(text[j - 1]!)) { j++; continue; }
        if (c !== '.') break;
        // Initialisms: U.S. / U.K. / J.R.R. (single letters separated by periods)
        const segStart = lastSegmentStart(text, start, j);
        if (j - segStart === 1 && isLetterChar(text[j - 1]!)) {
          if (next && isLetterChar(next) && (j + 2 >= n || !isWordChar(text[j + 2]!))) { j++; continue; }
          // Final period of an initialism or a single initial ("J.") belongs to the token.
          if (isUpperChar(text[j - 1]!)) { j++; break; }
        }
        const word = normalizeForm(text.slice(start, j)).toLowerCase();
        // "No. 5" is an abbreviation; "voted no. Senator …" ends a sentence.
        if (ABBREVIATIONS.has(word) && (word !== 'no' || isDigitChar(text.slice(j + 1, j + 3).trimStart()[0] ?? ''))) { j++; break; }
        // Doctorates: Ph.D. / Ed.D. / Psy.D. (a short capitalized word, then one capital letter).
        if (segStart === start && DOCTORATE_HEAD.test(text.slice(start, j)) && isUpperChar(next) && text[j + 2] === '.' && !isWordChar(text[j + 3] ?? ' ')) { j += 3; break; }
        break;
      }
      break;
    }
    if (j === start) j = start + 1;
    push(start, j);
    i = j;
  }
  return tokens;
}

/** The first part of a doctorate's abbreviation ("Ph", "Ed", "Psy", "Pharm"). */
const DOCTORATE_HEAD = /^[A-Z][a-z]{1,4}$/u;

function lastSegmentStart(text: string, start: number, j: number): number {
  let k = j;
  while (k > start && text[k - 1] !== '.') k--;
  return k;
}

/** The tokens' flags in one compact array, for the stages that test every token (tagger, candidate rules). */
export function tokenFlags(tokens: readonly Token[]): Int32Array {
  const flags = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) flags[i] = tokens[i]!.flags;
  return flags;
}

/** The words of tokens[first, end) as written, one space between words that had space between them. */
export function spanForm(tokens: readonly Token[], first: number, end: number): string {
  let s = '';
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (k > first && t.start > tokens[k - 1]!.end) s += ' ';
    s += t.form;
  }
  return s;
}

/** Whether the token starts with an upper-case letter. */
export function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.form.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : isUpperChar(t.form[0] ?? '');
}

/** Whether the token is written in capitals (two or more, no lower-case letter): "NATO", "LISBON". */
export function isAllCaps(t: Token): boolean {
  return isAllCapsWord(t.form);
}

/** Whether the token holds a letter (not a number, not punctuation). */
export function hasLetter(t: Token): boolean {
  const form = t.form;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 128) {
      for (const ch of form.slice(i)) if (isLetterChar(ch)) return true;
      return false;
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}
