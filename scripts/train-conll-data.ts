// Reading CoNLL-2003 files (token POS chunk NER, IOB1) for training and evaluation scripts.
// CoNLL-2003 may not be redistributed, so it is not in the project: it is read from CONLL_DIR,
// else from ../shared/data/conll2003 beside the project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_CONLL_DIR = join('..', 'shared', 'data', 'conll2003');

/** The path of a CoNLL-2003 file (eng.train, eng.testa); says where to put it and exits 2 when it is missing. */
export function conllFile(name: 'eng.train' | 'eng.testa'): string {
  const path = join(process.env.CONLL_DIR ?? DEFAULT_CONLL_DIR, name);
  if (!existsSync(path)) {
    process.stderr.write(`CoNLL-2003 ${name} not found at ${path}: it is not redistributable, so put eng.train and eng.testa in ${DEFAULT_CONLL_DIR} or set CONLL_DIR to their folder.\n`);
    process.exit(2);
  }
  return path;
}

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
