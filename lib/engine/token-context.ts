// Facts about token positions that the candidate rules read (stage 4's input beside the tagger's
// spans): where sentences start, which lines are headlines, short labels or credits, and which
// words the text capitalizes in running text or writes in lower case. Computed once per text.
import { isLowerChar } from './characters';
import { LEX, tokenHasFlag } from './lexicon';
import { findCredits } from './page-furniture';
import { isCapsSentence } from './split-sentences';
import { hasLetter, isAllCaps, isCapitalized, tokenFlags, type Token } from './tokenize';

/** Facts about token positions the rules need (computed once per text). The per-token marks are
 *  byte arrays (1 = yes): a long article has hundreds of thousands of tokens, and a boolean array
 *  would cost 8 bytes per token that the garbage collector must scan. */
export interface TokenContext {
  /** Token opens a sentence (possibly after an opening quote or bracket). */
  sentenceInitial: Uint8Array;
  /** Token is in an all-caps sentence (headline). */
  inCapsSentence: Uint8Array;
  /** Lower-case forms seen capitalized mid-sentence somewhere in the text. */
  seenCapitalized: ReadonlySet<string>;
  /** …and mid-sentence in running text: not in a headline, a title-case line or a short line (a label, a list item). */
  runningCapitalized: ReadonlySet<string>;
  /** Lower-case forms of the words the text itself writes in lower case ("tools", "engagement"). */
  writtenLower: ReadonlySet<string>;
  /** Token is on a short line (a label, a heading, a list item): at most SHORT_LINE_TOKENS tokens. */
  onShortLine: Uint8Array;
  /** Token is in a title-case line (a headline with Every Word Capitalized). */
  inTitleCaseLine: Uint8Array;
  /** Token is inside a byline or a photo/video credit ("Photograph: X for the Guardian", "by X (reporting)"). */
  inCredit: Uint8Array;
  /** Each token's flags (tokenFlags; FORM.UPPER_START is isCapitalized): a compact copy for the rules
   *  that scan every token, which on a long article would otherwise visit every token object. */
  flags: Int32Array;
}

/** A word the text (or CoNLL, often enough) writes in lower case: a common word, not a name. */
export function isCommonWord(t: Token, written: ReadonlySet<string>): boolean {
  if (tokenHasFlag(t, LEX.COMMON)) return true;
  const word = t.lower;
  return written.has(word) || (word.endsWith('s') && written.has(word.slice(0, -1))) || written.has(`${word}s`);
}

/** A quotation mark or bracket that a capitalized word may follow without being in a sentence's middle. */
function isOpeningMark(form: string): boolean {
  return form === '"' || form === "'" || form === '(';
}

/** Token context for the candidate rules. flags: tokenFlags(tokens), when the caller already has them. */
export function tokenContext(tokens: readonly Token[], sentences: readonly { first: number; end: number }[], flags: Int32Array = tokenFlags(tokens)): TokenContext {
  const sentenceInitial = new Uint8Array(tokens.length);
  const inCapsSentence = new Uint8Array(tokens.length);
  const seenCapitalized = new Set<string>();
  const inCredit = findCredits(tokens);
  for (const s of sentences) {
    let k = s.first;
    // The sentence starts after opening marks and after a dateline ("CAIRO — Negotiators met …").
    while (k < s.end && (tokens[k]!.form === '"' || tokens[k]!.form === "'" || tokens[k]!.form === '(' || tokens[k]!.form === '-' || inCredit[k])) k++;
    if (k < s.end) sentenceInitial[k] = 1;
    const caps = isCapsSentence(tokens, s);
    for (let j = s.first; j < s.end; j++) {
      inCapsSentence[j] = caps ? 1 : 0;
      if (!caps && j > k && isCapitalized(tokens[j]) && !isOpeningMark(tokens[j - 1]!.form)) seenCapitalized.add(tokens[j]!.lower);
    }
  }
  for (let i = 1; i < tokens.length; i++) if (tokens[i - 1]!.form === ':' && isCapitalized(tokens[i])) sentenceInitial[i] = 1;
  const writtenLower = new Set<string>();
  for (const t of tokens) if (isLowerChar(t.form[0] ?? '')) writtenLower.add(t.lower);
  const inTitleCaseLine = findTitleCaseLines(tokens, (t) => isCommonWord(t, writtenLower));
  const onShortLine = findShortLines(tokens);
  const runningCapitalized = new Set<string>();
  for (let j = 1; j < tokens.length; j++) {
    if (!sentenceInitial[j] && !inCapsSentence[j] && !inTitleCaseLine[j] && !onShortLine[j] && !tokens[j]!.lineBefore && isCapitalized(tokens[j]) && !isOpeningMark(tokens[j - 1]!.form)) runningCapitalized.add(tokens[j]!.lower);
  }
  return { sentenceInitial, inCapsSentence, seenCapitalized, runningCapitalized, writtenLower, onShortLine, inCredit, inTitleCaseLine, flags };
}

/** A line of at most this many tokens is a label, a heading or a list item, not running text. */
const SHORT_LINE_TOKENS = 6;

function findShortLines(tokens: readonly Token[]): Uint8Array {
  const short = new Uint8Array(tokens.length);
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.lineBefore) continue;
    if (i - start <= SHORT_LINE_TOKENS) short.fill(1, start, i);
    start = i;
  }
  return short;
}

/** Shortest line judged as a title-case headline, in words. */
const MIN_TITLE_CASE_WORDS = 4;

/** Lines where (nearly) every word is capitalized, function words included ("Won Over Voters From"). */
function findTitleCaseLines(tokens: readonly Token[], isCommon: (t: Token) => boolean): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let first = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === first || !tokens[i]!.lineBefore)) continue;
    let words = 0;
    let capitalized = 0;
    let capitalisedClosed = 0;
    let lower = 0;
    let lowerContent = 0;
    for (let k = first; k < i; k++) {
      const t = tokens[k]!;
      if (!hasLetter(t) || t.lower === "'s") continue;
      words++;
      if (isCapitalized(t) && !isAllCaps(t)) {
        capitalized++;
        if (k > first && (tokenHasFlag(t, LEX.FUNCTION) || isCommon(t))) capitalisedClosed++;
      } else if (isLowerChar(t.form[0] ?? '')) {
        lower++;
        if (!tokenHasFlag(t, LEX.FUNCTION)) lowerContent++;
      }
    }
    // Every word capitalized ("Won Over Voters From"), or every word but the small ones
    // ("Rewriting Rules of Engagement with Video in 2020").
    // A sentence of names with a verb and a full stop is prose ("Prime Minister Ola Brenne met President Kari Moe in Lisbon.").
    const prose = lowerContent > 0 && tokens[i - 1]!.form === '.';
    const everyWord = capitalisedClosed >= 2 && lower * 5 <= words && !prose;
    const contentWords = capitalized >= 4 && capitalisedClosed >= 1 && lowerContent === 0 && !tokens[i - 1]!.form.endsWith('.');
    if (words >= MIN_TITLE_CASE_WORDS && (everyWord || contentWords)) marks.fill(1, first, i);
    first = i;
  }
  return marks;
}
