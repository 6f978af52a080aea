// Finds the glossary's terms and aliases in article text: whole words only, in one pass.
//
// The text is split into tokens (runs of letters/marks/digits, and single punctuation marks);
// every term and alias becomes a path in a token trie. A scan tries the trie at each token start
// and keeps the longest match (leftmost-longest, no overlaps): linear in the text for the
// bounded depth of the trie. Whitespace between tokens matches any whitespace ("Taro  Aso",
// "Taro\nAso"); punctuation must be where the term has it ("U.S.", "Jean-Luc").
//
// Case rules:
// - an acronym (no lower-case letter, e.g. "LDP", "U.S.", "G7") matches exactly: "ldp" is not "LDP";
// - any other form matches whatever its case ("TARO ASO" is "Taro Aso"), except that a form with a
//   capital never matches an all-lower-case occurrence ("Bush" is not "bush", "Rice" not "rice").
import { normalizeForm } from '../engine/characters';
import type { GlossaryEntry } from './glossary-types';

export interface GlossaryMatch {
  start: number;
  end: number;
  entryId: string;
  /** The term or alias that matched, as the entry spells it. */
  form: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set where a term/alias ends. */
  hit?: { entryId: string; form: string; needsCapital: boolean };
}

export interface GlossaryIndex {
  exact: TrieNode;
  folded: TrieNode;
  size: number;
  /** Lower-cased first characters (ASCII only) of every form: most words of a text start with none of them. */
  asciiStarts: Set<number>;
}

interface Token {
  start: number;
  end: number;
  /** Whitespace between the previous token and this one. */
  spaced: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const WHITESPACE = /\s/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(ch) || c === 0x00ad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Splits text into word and punctuation tokens with offsets. Surrogate pairs stay whole. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let spaced = false;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    // ASCII fast path: no string is made for a character.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const word = code < 128 ? isAsciiWord(code) : isWordChar(text.slice(i, i + width));
    if (!word && (code < 128 ? code === 32 || (code >= 9 && code <= 13) : isSpace(text.slice(i, i + width)))) {
      spaced = true;
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (word) {
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (!isAsciiWord(c)) break;
          i++;
          continue;
        }
        const w = c >= 0xd800 && c <= 0xdbff && i + 1 < length ? 2 : 1;
        if (!isWordChar(text.slice(i, i + w))) break;
        i += w;
      }
    }
    tokens.push({ start, end: i, spaced });
    spaced = false;
  }
  return tokens;
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function isAsciiWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True for forms written without lower-case letters (with at least one capital): acronyms. */
export function isAcronym(form: string): boolean {
  let upper = false;
  for (const ch of form) {
    if (LOWER.test(ch)) return false;
    if (UPPER.test(ch)) upper = true;
  }
  return upper;
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function exactKey(token: string): string {
  return PLAIN_ASCII.test(token) ? token : normalizeForm(token);
}
function foldedKey(token: string): string {
  return (PLAIN_ASCII.test(token) ? token : normalizeForm(token)).toLowerCase();
}

function edge(key: string, spaced: boolean, first: boolean): string {
  return first || !spaced ? key : ` ${key}`;
}

/** Builds the index of every live entry's term and aliases. Earlier entries win a shared form. */
export function buildGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const index: GlossaryIndex = { exact: { next: new Map() }, folded: { next: new Map() }, size: 0, asciiStarts: new Set() };
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.aliases]) {
      const tokens = tokenize(form);
      if (tokens.length === 0) continue;
      const acronym = isAcronym(form);
      const root = acronym ? index.exact : index.folded;
      const keyOf = acronym ? exactKey : foldedKey;
      let node = root;
      tokens.forEach((token, i) => {
        const key = edge(keyOf(form.slice(token.start, token.end)), token.spaced, i === 0);
        if (i === 0 && key.charCodeAt(0) < 128) index.asciiStarts.add(asciiLower(key.charCodeAt(0)));
        let next = node.next.get(key);
        if (!next) {
          next = { next: new Map() };
          node.next.set(key, next);
        }
        node = next;
      });
      if (!node.hit) {
        node.hit = { entryId: entry.id, form, needsCapital: !acronym && UPPER.test(form) };
        index.size++;
      }
    }
  }
  return index;
}

/** Every whole-word occurrence of a glossary form in `text`, leftmost-longest, not overlapping. */
export function matchGlossary(index: GlossaryIndex, text: string): GlossaryMatch[] {
  if (index.size === 0) return [];
  const tokens = tokenize(text);
  const exactKeys: Array<string | undefined> = new Array(tokens.length);
  const foldedKeys: Array<string | undefined> = new Array(tokens.length);
  const keyAt = (cache: Array<string | undefined>, keyOf: (s: string) => string, i: number): string => {
    let key = cache[i];
    if (key === undefined) {
      key = keyOf(text.slice(tokens[i]!.start, tokens[i]!.end));
      cache[i] = key;
    }
    return key;
  };
  const matches: GlossaryMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = text.charCodeAt(tokens[i]!.start);
    if (first < 128 && !index.asciiStarts.has(asciiLower(first))) {
      i++;
      continue;
    }
    let best: { end: number; hit: NonNullable<TrieNode['hit']> } | null = null;
    for (const [root, cache, keyOf] of [
      [index.exact, exactKeys, exactKey],
      [index.folded, foldedKeys, foldedKey],
    ] as const) {
      let node: TrieNode | undefined = root;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(edge(keyAt(cache, keyOf, j), tokens[j]!.spaced, j === i));
        if (node?.hit && (!best || j + 1 > best.end)) {
          const start = tokens[i]!.start;
          const end = tokens[j]!.end;
          if (!node.hit.needsCapital || UPPER.test(text.slice(start, end))) best = { end: j + 1, hit: node.hit };
        }
      }
    }
    if (best) {
      matches.push({ start: tokens[i]!.start, end: tokens[best.end - 1]!.end, entryId: best.hit.entryId, form: best.hit.form });
      i = best.end;
    } else i++;
  }
  return matches;
}
