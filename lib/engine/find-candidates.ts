// Stage 4: candidate names. Starts from the tagger's spans, then applies general rules:
// titles and honorifics are cut off (they become descriptors), a leading "the" and a trailing
// possessive are dropped, "Women's University"-style possessives inside names are joined,
// calendar words, demonyms and function words on their own are rejected.
import { isLetterChar, isUpperChar } from './characters';
import { LEX, hasFlag, lexFlags } from './lexicon';
import type { EntityType, TaggedSpan } from './tag-entities';
import type { Token } from './tokenize';

export interface Candidate {
  /** Token range [first, end). */
  first: number;
  end: number;
  type: EntityType;
  /** Token range of a title/honorific run cut from the front ("Deputy Prime Minister"), if any. */
  titleFirst?: number;
}

/** Words before a possessive that belong to the name that follows ("Women's University"). */
const POSSESSIVE_NAME_WORDS = new Set(['women', 'men', 'children', 'people', 'st', 'king', 'queen', 'veterans', 'workers']);
/** Longest name we accept, in tokens; longer tagger spans are noise (tables, headlines). */
const MAX_NAME_TOKENS = 12;

function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === "'");
}
function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && isUpperChar(t.form[0] ?? '');
}
function hasLetter(t: Token): boolean {
  for (const ch of t.form) if (isLetterChar(ch)) return true;
  return false;
}

export function findCandidates(tokens: readonly Token[], spans: readonly TaggedSpan[]): Candidate[] {
  const out: Candidate[] = [];
  for (const span of spans) {
    let { first, end } = span;
    let type = span.type;
    // Drop punctuation and possessives at the edges.
    while (first < end && !hasLetter(tokens[first]!)) first++;
    while (end > first && (!hasLetter(tokens[end - 1]!) || isPossessive(tokens[end - 1]))) end--;
    if (first < end && tokens[first]!.lower === 'the' && end - first > 1) first++;
    // Titles and honorifics in front of a name.
    let titleFirst: number | undefined;
    const startsWithHonorific = hasFlag(tokens[first]?.lower ?? '', LEX.HONORIFIC);
    if (type === 'PER' || startsWithHonorific) {
      let k = first;
      while (k < end - 1 && hasFlag(tokens[k]!.lower, LEX.TITLE | LEX.HONORIFIC)) k++;
      if (k > first) { titleFirst = first; first = k; if (startsWithHonorific) type = 'PER'; }
    }
    if (first >= end || end - first > MAX_NAME_TOKENS) continue;
    if (isRejected(tokens, first, end, type)) continue;
    const c: Candidate = { first, end, type };
    if (titleFirst !== undefined) c.titleFirst = titleFirst;
    out.push(c);
  }
  return joinPossessiveNames(tokens, out);
}

function isRejected(tokens: readonly Token[], first: number, end: number, type: EntityType): boolean {
  let allClosed = true;
  for (let k = first; k < end; k++) {
    const f = lexFlags(tokens[k]!.lower);
    if (!(f & (LEX.FUNCTION | LEX.CALENDAR | LEX.TITLE | LEX.HONORIFIC))) allClosed = false;
  }
  if (allClosed) return true;
  if (end - first === 1) {
    const t = tokens[first]!;
    if (hasFlag(t.lower, LEX.DEMONYM)) return true;
    if (t.form.length < 2) return true;
  }
  // Demonym phrases tagged MISC ("Japanese people" is never a name, "South Korean" neither).
  if (type === 'MISC') {
    let demonyms = 0;
    for (let k = first; k < end; k++) if (hasFlag(tokens[k]!.lower, LEX.DEMONYM)) demonyms++;
    if (demonyms === end - first) return true;
  }
  return false;
}

/** "Sendai Shirayuri Women ’s University": join the parts across the possessive. */
function joinPossessiveNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1];
    let k = c.end;
    // The word before the possessive may have been left out of the span.
    if (k < tokens.length && isCapitalised(tokens[k]) && POSSESSIVE_NAME_WORDS.has(tokens[k]!.lower) && isPossessive(tokens[k + 1])) k++;
    if (POSSESSIVE_NAME_WORDS.has(tokens[k - 1]!.lower) && isPossessive(tokens[k]) && isCapitalised(tokens[k + 1])) {
      if (next && next.first === k + 1) {
        out.push({ ...c, end: next.end, type: next.type === 'ORG' || c.type === 'ORG' ? 'ORG' : next.type });
        i++;
        continue;
      }
      let e = k + 1;
      while (e < tokens.length && isCapitalised(tokens[e])) e++;
      out.push({ ...c, end: e, type: 'ORG' });
      continue;
    }
    out.push(c);
  }
  return out;
}
