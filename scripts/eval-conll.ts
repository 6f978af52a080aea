// `npm run eval:conll`: entity-level precision/recall/F1 on CoNLL-2003 eng.testa through the
// analyze CLI's --jsonl interface, beside the compromise library measured in the same run.
// Document text = tokens joined by single spaces, sentences by newlines; a prediction counts when
// its span and type match a gold entity exactly. Headline figure: micro F1 over PER+ORG+LOC.
import { spawnSync } from 'node:child_process';
import nlp from 'compromise';
import { conllFile, readConll, bioSpans } from './train-conll-data';

const TESTA = conllFile('eng.testa');
const TYPE_OF_KIND: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

interface Entity { start: number; end: number; type: string }
interface Doc { id: string; text: string; gold: Entity[] }

function buildDocs(): Doc[] {
  return readConll(TESTA).map((d, k) => {
    let text = '';
    const gold: Entity[] = [];
    d.sentences.forEach((s, si) => {
      if (si > 0) text += '\n';
      const offsets: number[] = [];
      s.tokens.forEach((t, ti) => {
        if (ti > 0) text += ' ';
        offsets.push(text.length);
        text += t;
      });
      for (const span of bioSpans(s.tags)) {
        gold.push({ start: offsets[span.start]!, end: offsets[span.end - 1]! + s.tokens[span.end - 1]!.length, type: span.type });
      }
    });
    return { id: `testa-${k + 1}`, text, gold };
  });
}

interface Counts { tp: number; fp: number; fn: number }
function score(docs: Doc[], predicted: Map<string, Entity[]>): Record<string, Counts> {
  const counts: Record<string, Counts> = {};
  for (const t of TYPES) counts[t] = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const key = (e: Entity): string => `${e.start}:${e.end}:${e.type}`;
    const gold = new Set(d.gold.map(key));
    const pred = new Set((predicted.get(d.id) ?? []).map(key));
    for (const p of pred) { const type = p.split(':')[2]!; if (gold.has(p)) counts[type]!.tp++; else counts[type]!.fp++; }
    for (const g of gold) if (!pred.has(g)) counts[g.split(':')[2]!]!.fn++;
  }
  return counts;
}
function prf(c: Counts): [number, number, number] {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}
function sum(cs: Counts[]): Counts {
  return cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

const docs = buildDocs();

// Dramatis, through the CLI.
const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
let started = performance.now();
const run = spawnSync(process.execPath, ['scripts/run.mjs', 'analyze', '--jsonl'], { input, encoding: 'utf8', maxBuffer: 256 << 20 });
if (run.status !== 0) { console.error(run.stderr); process.exit(1); }
const engineSeconds = (performance.now() - started) / 1000;
const ours = new Map<string, Entity[]>();
for (const line of run.stdout.split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line) as { id: string; mentions: { start: number; end: number; kind: string }[] };
  ours.set(rec.id, rec.mentions.map((m) => ({ start: m.start, end: m.end, type: TYPE_OF_KIND[m.kind] ?? 'MISC' })));
}

// compromise, in process.
started = performance.now();
const theirs = new Map<string, Entity[]>();
for (const d of docs) {
  const doc = nlp(d.text);
  const found: Entity[] = [];
  const take = (view: { json: (options: object) => unknown }, type: string): void => {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      // compromise includes trailing punctuation/possessives in some matches; trim to word characters.
      while (end > start && /[^\p{L}\p{N}.]/u.test(d.text[end - 1]!)) end--;
      while (start < end && /[^\p{L}\p{N}]/u.test(d.text[start]!)) start++;
      if (end > start) found.push({ start, end, type });
    }
  };
  take(doc.people(), 'PER');
  take(doc.organizations(), 'ORG');
  take(doc.places(), 'LOC');
  theirs.set(d.id, found);
}
const compromiseSeconds = (performance.now() - started) / 1000;

const f = (x: number): string => x.toFixed(3);
const oursScore = score(docs, ours);
const theirScore = score(docs, theirs);
console.log(`CoNLL-2003 eng.testa: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold entities`);
console.log(`${'type'.padEnd(14)} ${'Dramatis P/R/F1'.padEnd(22)} compromise P/R/F1`);
for (const t of TYPES) {
  const a = prf(oursScore[t]!);
  const b = t === 'MISC' ? null : prf(theirScore[t]!);
  console.log(`${t.padEnd(14)} ${a.map(f).join(' ').padEnd(22)} ${b ? b.map(f).join(' ') : '(n/a)'}`);
}
const microOurs = prf(sum(['PER', 'ORG', 'LOC'].map((t) => oursScore[t]!)));
const microTheirs = prf(sum(['PER', 'ORG', 'LOC'].map((t) => theirScore[t]!)));
console.log(`${'PER+ORG+LOC'.padEnd(14)} ${microOurs.map(f).join(' ').padEnd(22)} ${microTheirs.map(f).join(' ')}   (micro; goal ≥ 0.80)`);
console.log(`time: Dramatis CLI ${engineSeconds.toFixed(1)} s (including process start-up), compromise ${compromiseSeconds.toFixed(1)} s`);
