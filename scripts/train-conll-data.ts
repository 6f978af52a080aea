// Reading CoNLL-2003 files (token POS chunk NER, IOB1) for training and evaluation scripts.
import { readFileSync } from 'node:fs';

export interface ConllSentence { tokens: string[]; tags: string[] }
export interface ConllDocument { sentences: ConllSentence[] }

/** Documents of a CoNLL file, tags converted from IOB1 to BIO. */
export function readConll(path: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sent: ConllSentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (sent.tokens.length) {
      if (!doc) { doc = { sentences: [] }; docs.push(doc); }
      sent.tags = iob1ToBio(sent.tags);
      doc.sentences.push(sent);
    }
    sent = { tokens: [], tags: [] };
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) { flush(); continue; }
    const parts = line.split(' ');
    if (parts[0] === '-DOCSTART-') { flush(); doc = { sentences: [] }; docs.push(doc); continue; }
    sent.tokens.push(parts[0]!);
    sent.tags.push(parts[parts.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

function iob1ToBio(tags: string[]): string[] {
  const out: string[] = [];
  let prevType = 'O';
  for (const t of tags) {
    if (t === 'O') { out.push('O'); prevType = 'O'; continue; }
    const [bio, type] = t.split('-') as [string, string];
    out.push(bio === 'B' || type !== prevType ? `B-${type}` : `I-${type}`);
    prevType = type;
  }
  return out;
}

export interface Span { start: number; end: number; type: string }

/** Entity spans (token indices) of a BIO tag sequence. */
export function bioSpans(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((t, i) => {
    if (t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== t.slice(2)))) {
      if (cur) spans.push(cur);
      cur = { start: i, end: i + 1, type: t.slice(2) };
    } else if (t.startsWith('I-') && cur) {
      cur.end = i + 1;
    } else {
      if (cur) spans.push(cur);
      cur = null;
    }
  });
  if (cur) spans.push(cur);
  return spans;
}
