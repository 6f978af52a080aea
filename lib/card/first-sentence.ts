// The sentence around an offset: the plainest "what the article says" before the engine
// finds descriptors. Scans outwards to sentence ends or paragraph breaks; linear, no regex.
import type { Evidence } from '../engine/types';

/** Sentences longer than this are cut around the offset so a card stays readable. */
export const MAX_SENTENCE_CHARS = 400;

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const next = text[i + 1];
  return next === undefined || next === ' ' || next === '\n' || next === '\u00a0';
}

export function sentenceAround(text: string, offset: number): Evidence {
  const floor = Math.max(0, offset - MAX_SENTENCE_CHARS / 2);
  const ceiling = Math.min(text.length, offset + MAX_SENTENCE_CHARS / 2);
  let start = offset;
  while (start > floor && !isSentenceEnd(text, start - 1)) start--;
  // Cut mid-sentence only at a word boundary.
  if (start === floor && start > 0) while (start < offset && !/\s/.test(text[start - 1]!)) start++;
  let end = offset;
  while (end < ceiling && !isSentenceEnd(text, end)) end++;
  if (end === ceiling && end < text.length) while (end > offset && !/\s/.test(text[end]!)) end--;
  else if (end < text.length && text[end] !== '\n') end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
}
