// Stage 2: group tokens into sentences (index ranges), using line breaks and sentence-final
// punctuation followed by a capitalized word, a quote or a digit.
import { isDigitChar, isUpperChar } from './characters';
import { LEX, tokenHasFlag } from './lexicon';
import type { Token } from './tokenize';

export interface Sentence {
  /** Index of the first token. */
  first: number;
  /** Index after the last token. */
  end: number;
}

const FINAL = new Set(['.', '!', '?', '...']);
const CLOSERS = new Set(['"', "'", ')', ']']);
const OPENERS = new Set(['"', "'", '(', '[']);

export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > first && t.lineBefore) {
      sentences.push({ first, end: i });
      first = i;
    }
    if (endsWithAbbreviation(t, tokens[i + 1])) {
      sentences.push({ first, end: i + 1 });
      first = i + 1;
      continue;
    }
    if (!FINAL.has(t.form)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j]!.form) && !tokens[j]!.lineBefore && closesQuote(tokens, j)) j++;
    const next = tokens[j];
    if (!next || next.lineBefore) continue; // the line break will split
    const c = next.form[0] ?? '';
    if (isUpperChar(c) || isDigitChar(c) || OPENERS.has(next.form)) {
      sentences.push({ first, end: j });
      first = j;
      i = j - 1;
    }
  }
  if (first < tokens.length) sentences.push({ first, end: tokens.length });
  return sentences;
}

/**
 * "the Xbox One S. That is…", "Acme Inc. But…": a word whose period the tokenizer kept (an initial,
 * an abbreviation) ends the sentence when a capitalized function word follows on the same line;
 * a title does not ("Dr. He Jiankui").
 */
function endsWithAbbreviation(t: Token, next: Token | undefined): boolean {
  return t.form.length > 1 && t.form.endsWith('.') && !tokenHasFlag(t, LEX.HONORIFIC | LEX.TITLE) && next !== undefined && !next.lineBefore
    && isUpperChar(next.form[0] ?? '') && tokenHasFlag(next, LEX.FUNCTION);
}

/** A straight quote right after final punctuation closes a quotation when no space precedes it. */
function closesQuote(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  if (t.form === '"' || t.form === "'") return t.start === prev.end;
  return true;
}

/** A sentence with this many upper- and lower-case letters is mostly capitals (a headline). */
export function isMostlyCapsCount(upper: number, lower: number): boolean {
  return upper >= 4 && upper > lower * 3;
}

/** Whether a sentence is mostly capitals, from the letter counts the tokenizer kept. */
export function isCapsSentence(tokens: readonly Token[], s: Sentence): boolean {
  let upper = 0;
  let lower = 0;
  for (let j = s.first; j < s.end; j++) { upper += tokens[j]!.upperLetters; lower += tokens[j]!.lowerLetters; }
  return isMostlyCapsCount(upper, lower);
}
