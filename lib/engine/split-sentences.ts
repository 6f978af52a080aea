// Stage 2: group tokens into sentences (index ranges), using line breaks and sentence-final
// punctuation followed by a capitalized word, a quote or a digit.
import { isDigitChar, isUpperChar } from './characters';
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
