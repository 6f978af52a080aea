// "Liberal Democratic Party (LDP)": make sure the long form and the acronym written in parentheses
// are both mentions, and note which long form each acronym expands. A long form the candidates missed
// replaces any partial mentions overlapping it. Mentions are looked up by their first token, so the
// cost grows with the number of acronyms, not acronyms × mentions.
import { classifyKind } from './classify-kind';
import { findParentheticalAcronyms, toMentionSpan } from './link-aliases';
import type { MentionSpan } from './mention-span';
import type { Token } from './tokenize';

export interface ExpandedMentions {
  /** Every mention, sorted by start (ties in the order they were found). */
  mentions: MentionSpan[];
  /** Acronym token index → the mention of its long form. */
  expansions: Map<number, MentionSpan>;
}

export function addAcronymExpansions(text: string, tokens: readonly Token[], found: readonly MentionSpan[]): ExpandedMentions {
  const all: MentionSpan[] = [...found];
  const removed = new Set<MentionSpan>();
  /** Mentions by first token, in the order of `all`. */
  const byFirst = new Map<number, MentionSpan[]>();
  let longest = 0;
  const add = (m: MentionSpan): void => {
    all.push(m);
    index(m);
  };
  const index = (m: MentionSpan): void => {
    const list = byFirst.get(m.first);
    if (list) list.push(m); else byFirst.set(m.first, [m]);
    longest = Math.max(longest, m.end - m.first);
  };
  for (const m of found) index(m);
  const startingAt = (first: number): readonly MentionSpan[] => (byFirst.get(first) ?? []).filter((m) => !removed.has(m));

  const expansions = new Map<number, MentionSpan>();
  for (const [acrIndex, range] of findParentheticalAcronyms(tokens)) {
    let long = startingAt(range.first).find((m) => m.end === range.end);
    if (!long) {
      const candidate = { first: range.first, end: range.end, type: 'ORG' as const };
      long = toMentionSpan(text, tokens, candidate, classifyKind(tokens, candidate));
      // Partial mentions overlapping the long form start at most `longest` - 1 tokens before it.
      for (let first = Math.max(0, range.first - longest + 1); first < range.end; first++) {
        for (const m of startingAt(first)) if (m.end > range.first) removed.add(m);
      }
      add(long);
    }
    if (startingAt(acrIndex).length === 0) {
      add(toMentionSpan(text, tokens, { first: acrIndex, end: acrIndex + 1, type: 'ORG' }, long.kind));
    }
    expansions.set(acrIndex, long);
  }
  const mentions = removed.size ? all.filter((m) => !removed.has(m)) : all;
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, expansions };
}
