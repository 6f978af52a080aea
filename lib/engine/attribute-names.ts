// Names inside describing words: "a Pakistan-based developer", "the Google-owned site". The word
// is one token (the tagger reads it whole, as CoNLL wrote it), but the name before its hyphen is a
// mention a reader may hover. Only names the text or the lexicons already know are taken: a known
// place, a well-known company, or a name the article writes elsewhere ("Communist-led" is no one).
import { normalizeName } from './actor-id';
import { isUpperChar } from './characters';
import { coveredTokens, isPlaceAttribute } from './find-candidates';
import { PLACE_NAMES } from './lexicon';
import { WELL_KNOWN_KINDS } from './lexicons/well-known';
import type { MentionSpan } from './mention-span';
import type { Token } from './tokenize';
import type { ActorKind } from './types';

/** The mentions found, with a mention added for each known name written before a hyphen of a describing word. */
export function withAttributeNames(text: string, tokens: readonly Token[], mentions: readonly MentionSpan[]): MentionSpan[] {
  const kindOfKey = new Map<string, ActorKind>();
  for (const m of mentions) if (!kindOfKey.has(m.key)) kindOfKey.set(m.key, m.kind);
  const covered = coveredTokens(tokens.length, mentions);
  const kindOf = (key: string): ActorKind | undefined => kindOfKey.get(key) ?? (PLACE_NAMES.has(key) ? 'place' : WELL_KNOWN_KINDS.get(key));
  const added: MentionSpan[] = [];
  tokens.forEach((t, k) => {
    if (covered[k] || !isUpperChar(t.form[0] ?? '') || !isPlaceAttribute(t)) return;
    const raw = text.slice(t.start, t.end);
    const dash = raw.lastIndexOf('-');
    const display = raw.slice(0, dash);
    if (/[\s-]/u.test(display)) return; // one word before one hyphen
    // "San Jose-based": the name may open with the word before ("San" + "Jose").
    const before = tokens[k - 1];
    if (before && !covered[k - 1] && isUpperChar(before.form[0] ?? '') && before.end < t.start && !t.lineBefore) {
      const longer = text.slice(before.start, t.start + dash);
      const longerKey = normalizeName(longer);
      const longerKind = kindOf(longerKey);
      if (longerKind) {
        added.push({ first: k - 1, end: k + 1, start: before.start, endChar: t.start + dash, kind: longerKind, key: longerKey, display: longer, words: [before.form, display], inWord: true });
        return;
      }
    }
    const key = normalizeName(display);
    const kind = kindOf(key);
    if (!kind) return;
    added.push({ first: k, end: k + 1, start: t.start, endChar: t.start + dash, kind, key, display, words: [display], inWord: true });
  });
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
