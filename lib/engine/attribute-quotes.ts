// Stage 8: direct quotations and who said them.
// Quotation marks are paired per paragraph (curly “ ” and straight "); a quotation left open at the
// end of a paragraph continues when the next paragraph opens with a quotation mark (the newspaper
// convention), otherwise it is dropped as unbalanced. The speaker is found next to a speech verb:
//   “…,” Sato said / “…,” said Lo Chih-cheng / “…,” he added   (after the quotation)
//   Sato said: “…” / Sato said that … “…”                        (before it, same sentence)
// "he"/"she" refers to the last named speaker (or, before any, the last person named); a paragraph
// that is nothing but a quotation continues the previous paragraph's speaker.
import { isLetterChar, isSpaceCode } from './characters';
import type { ActorCluster } from './mention-span';
import { CUE, tokenHasFlag } from './lexicon';
import { SPEAKER_PRONOUNS } from './lexicons/quote-verbs';
import type { Token } from './tokenize';
import type { Evidence } from './types';

const PRONOUNS: ReadonlySet<string> = new Set(SPEAKER_PRONOUNS);
/** How far from the quotation the speech verb may be, in tokens. */
const ATTRIBUTION_WINDOW = 8; // tokens
/** Words allowed between a speaker and the verb ("Sato also said", "Mazza later wrote"). */
const ADVERBS = new Set(['also', 'later', 'then', 'again', 'further', 'recently', 'previously', 'earlier', 'once', 'has', 'had', 'was', 'is', 'quoted', 'as', 'saying']);

interface Piece { start: number; end: number; line: number }
interface Quotation { pieces: Piece[]; open: number; close: number }

/** Find quotations: pieces of quoted text, grouped across paragraphs. */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let pending: Quotation | null = null; // a quotation left open at a paragraph end
  let line = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let openAt = -1;
    let firstMark = true;
    let textBefore = false; // non-space text on this line before the current position
    for (let i = lineStart; i < lineEnd; i++) {
      const code = text.charCodeAt(i);
      if (code !== 0x201c && code !== 0x22 && code !== 0x201d) { if (!textBefore && !isSpaceCode(code)) textBefore = true; continue; }
      const ch = text[i]!;
      const isOpen = ch === '\u201c' || (ch === '"' && openAt < 0 && !(i > lineStart && isLetterChar(text[i - 1]!) && !(i + 1 < lineEnd && isLetterChar(text[i + 1]!))));
      const isClose = ch === '\u201d' || (ch === '"' && openAt >= 0);
      if (isOpen && openAt < 0) {
        if (pending && !(firstMark && !textBefore)) pending = null; // not a continuation
        openAt = i;
        firstMark = false;
        textBefore = true;
        continue;
      }
      if (isClose && openAt >= 0) {
        const piece = trimPiece(text, openAt + 1, i, line);
        const q: Quotation = pending ?? { pieces: [], open: openAt, close: i };
        if (piece) q.pieces.push(piece);
        q.close = i;
        if (!pending) quotations.push(q);
        pending = null;
        openAt = -1;
        firstMark = false;
      }
      textBefore = true;
    }
    if (openAt >= 0) {
      // Open at the paragraph end: may continue in the next paragraph.
      const piece = trimPiece(text, openAt + 1, lineEnd, line);
      if (pending) { if (piece) pending.pieces.push(piece); } else {
        pending = { pieces: piece ? [piece] : [], open: openAt, close: lineEnd };
        quotations.push(pending);
        (pending as Quotation & { unclosed?: boolean }).unclosed = true;
      }
    } else if (pending && textBefore) {
      pending = null;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
    line++;
  }
  // Drop quotations that were never closed.
  return quotations.filter((q) => {
    const unclosed = (q as Quotation & { unclosed?: boolean }).unclosed;
    return q.pieces.length > 0 && (!unclosed || text[q.close] === '\u201d' || text[q.close] === '"');
  });
}

function trimPiece(text: string, start: number, end: number, line: number): Piece | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end, line } : null;
}

/** Index of the first token starting at or after offset. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const SENTENCE_END = new Set(['.', '!', '?']);

export function attributeQuotes(text: string, tokens: readonly Token[], clusters: readonly ActorCluster[]): Map<number, Evidence[]> {
  // Which cluster a mention starting/ending at a token belongs to.
  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  const personMentions: { first: number; cluster: number }[] = [];
  clusters.forEach((c, index) => {
    if (c.kind !== 'person' && c.kind !== 'organization') return;
    for (const m of c.mentions) {
      if (m.inWord) continue; // "the Ohio-based group said": the group speaks, not Ohio
      startsAt.set(m.titleFirst ?? m.first, index);
      startsAt.set(m.first, index);
      endsAt.set(m.end - 1, index);
      if (c.kind === 'person') personMentions.push({ first: m.first, cluster: index });
    }
  });
  personMentions.sort((a, b) => a.first - b.first);
  // Quotations come in text order, so look-ups "last X before token" move forward only (linear overall).
  let personCursor = 0;
  const lastPersonBefore = (tok: number): number | undefined => {
    while (personCursor < personMentions.length && personMentions[personCursor]!.first < tok) personCursor++;
    return personCursor > 0 ? personMentions[personCursor - 1]!.cluster : undefined;
  };

  // Speech events anywhere in the text ("Maslow said the …"): a name right before a speech verb.
  const speechEvents: { at: number; cluster: number }[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!tokenHasFlag(tokens[k]!, CUE.SPEECH_VERB)) continue;
    let j = k - 1;
    while (j > 0 && k - j <= 2 && ADVERBS.has(tokens[j]!.lower)) j--;
    // "Dmitry Peskov, the Kremlin's spokesman, said" / "The Kremlin's spokesman, Dmitry Peskov, said"
    const c = endsAt.get(j) ?? (tokens[j]!.form === ',' ? endsAt.get(j - 1) : undefined) ?? startsAt.get(k + 1);
    if (c !== undefined && clusters[c]!.kind === 'person') speechEvents.push({ at: k, cluster: c });
  }
  let eventCursor = 0;
  /** The last person named as speaking before token tok, else the last person named at all. */
  const lastSpeechBefore = (tok: number): number | undefined => {
    while (eventCursor < speechEvents.length && speechEvents[eventCursor]!.at < tok) eventCursor++;
    const last = eventCursor > 0 ? speechEvents[eventCursor - 1] : undefined;
    const found = last?.cluster;
    const foundAt = last?.at ?? -1;
    if (lastSpeaker !== undefined && (found === undefined || lastSpeakerAt > foundAt)) return lastSpeaker;
    return found ?? lastPersonBefore(tok);
  };
  let lastSpeakerAt = -1;
  const out = new Map<number, Evidence[]>();
  let lastSpeaker: number | undefined;
  let previousLine = -2;
  let previousSpeaker: number | undefined;
  // 'Robert "Bob" Lindqvist': quotation marks inside a name hold a nickname, not words said.
  const quotedInNames: Array<[number, number]> = [];
  for (const c of clusters) for (const m of c.mentions) if (/["“”']/u.test(m.display)) quotedInNames.push([m.start, m.endChar]);
  for (const q of findQuotations(text)) {
    if (quotedInNames.some(([start, end]) => q.open >= start && q.close < end)) continue;
    const openTok = tokenAt(tokens, q.open);
    const closeTok = tokenAt(tokens, q.close);
    // Resolve a speaker at token k: a name, or a pronoun standing for the last named speaker.
    let pronounUsed = false;
    const speakerAround = (verb: number, dir: 'before' | 'after'): number | undefined => {
      if (dir === 'after') {
        // "said Lo Chih-cheng", "said Deputy Prime Minister Taro Aso" (title words skipped)
        for (let k = verb + 1; k <= verb + 4 && k < tokens.length; k++) {
          const t = tokens[k]!;
          if (t.lineBefore || !isLetterChar(t.form[0] ?? '')) return undefined;
          const c = startsAt.get(k);
          if (c !== undefined) return c;
          if (PRONOUNS.has(t.lower) && k === verb + 1) { pronounUsed = true; return lastSpeechBefore(openTok); }
        }
        return undefined;
      }
      let k = verb - 1;
      while (k >= 0 && verb - k <= 3 && ADVERBS.has(tokens[k]!.lower)) k--;
      if (k < 0) return undefined;
      const e = endsAt.get(k);
      if (e !== undefined) return e;
      // "Eve Geddie, the charity's director, said": skip back over one appositive between commas.
      if (tokens[k]!.form === ',') {
        const direct = endsAt.get(k - 1);
        if (direct !== undefined) return direct;
        for (let j = k - 1; j >= 0 && k - j <= ATTRIBUTION_WINDOW * 2; j--) {
          const t = tokens[j]!;
          if (SENTENCE_END.has(t.form) || t.form === '"' || t.lineBefore) break;
          if (t.form === ',') { const c = endsAt.get(j - 1); if (c !== undefined) return c; break; }
        }
      }
      if (PRONOUNS.has(tokens[k]!.lower)) { pronounUsed = true; return lastSpeechBefore(openTok); }
      return undefined;
    };
    let speaker: number | undefined;
    // A quotation ending in a full stop ends its sentence: what follows is not its attribution.
    const lastPiece = q.pieces[q.pieces.length - 1]!;
    const endsSentence = text[lastPiece.end - 1] === '.' && lastPiece.end === q.close;
    // “…,” Michael Mazza, a Taiwan expert with …, wrote: a name right after the quotation, then a speech verb.
    if (!endsSentence) {
      let k = closeTok + 1;
      if (tokens[k]?.form === ',') k++;
      const named = tokens[k] && !tokens[k]!.lineBefore ? startsAt.get(k) : undefined;
      if (named !== undefined) {
        for (let j = k + 1; j < tokens.length && j - k <= ATTRIBUTION_WINDOW * 3; j++) {
          const t = tokens[j]!;
          if (t.lineBefore || SENTENCE_END.has(t.form) || t.form === '"') break;
          if (tokenHasFlag(t, CUE.SPEECH_VERB)) { speaker = endsAt.get(j - 1) ?? named; break; }
        }
      }
    }
    // After the quotation.
    for (let k = closeTok + 1; !endsSentence && speaker === undefined && k < tokens.length && k - closeTok <= ATTRIBUTION_WINDOW; k++) {
      const t = tokens[k]!;
      if (t.lineBefore || t.form === '"') break;
      if (tokenHasFlag(t, CUE.SPEECH_VERB)) {
        // “…,” said X  vs  “…,” X said
        const verbFirst = k === closeTok + 1 || (k === closeTok + 2 && tokens[closeTok + 1]!.form === ',');
        speaker = verbFirst ? speakerAround(k, 'after') ?? speakerAround(k, 'before') : speakerAround(k, 'before') ?? speakerAround(k, 'after');
        break;
      }
      if (SENTENCE_END.has(t.form)) break;
    }
    // Before it, in the same sentence.
    if (speaker === undefined && !tokens[openTok]?.lineBefore) {
      for (let k = openTok - 1; k >= 0 && openTok - k <= ATTRIBUTION_WINDOW * 3; k--) {
        const t = tokens[k]!;
        if (SENTENCE_END.has(t.form) || t.form === '"') break;
        if (tokenHasFlag(t, CUE.SPEECH_VERB)) { speaker = speakerAround(k, 'before') ?? speakerAround(k, 'after'); if (speaker !== undefined) break; }
        if (t.lineBefore) break;
      }
    }
    // A paragraph that is only a quotation continues the previous paragraph's speaker.
    const firstLine = q.pieces[0]!.line;
    if (speaker === undefined && previousSpeaker !== undefined && (firstLine === previousLine || (firstLine === previousLine + 1 && tokens[openTok]?.lineBefore))) {
      speaker = previousSpeaker;
    }
    const lastLine = q.pieces[q.pieces.length - 1]!.line;
    if (speaker === undefined) { previousSpeaker = undefined; previousLine = lastLine; continue; }
    if (!pronounUsed) { lastSpeaker = speaker; lastSpeakerAt = openTok; }
    previousSpeaker = speaker;
    previousLine = lastLine;
    let list = out.get(speaker);
    if (!list) { list = []; out.set(speaker, list); }
    for (const p of q.pieces) list.push({ text: text.slice(p.start, p.end), start: p.start, end: p.end });
  }
  return out;
}
