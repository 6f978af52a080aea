// Trains the engine's entity tagger: a greedy averaged perceptron over the features of
// lib/engine/tag-features.ts, on CoNLL-2003 eng.train only. Deterministic (fixed seed, fixed order).
// Writes lib/engine/model/tagger-weights.ts (pruned, integer-quantised weights; no CoNLL text).
// usage: npm run train [-- --epochs N]
import { writeFileSync } from 'node:fs';
import { readConll, bioSpans } from './train-conll-data';
import { TAGS, TAG_COUNT, collectDocumentFacts, isScoreable, sentenceView, tokenFeatures } from '../lib/engine/tag-features';
import { normalizeForm } from '../lib/engine/characters';

const TRAIN = '../shared/data/conll2003/eng.train';
const DEV = '../shared/data/conll2003/eng.testa'; // progress report only, never trained on
const OUT = 'lib/engine/model/tagger-weights.ts';
function arg(name: string): string | undefined { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; }
const EPOCHS = Number(arg('--epochs')) || 8;
/** Features seen fewer times than this in training are dropped from the shipped model. */
const MIN_FEATURE_COUNT = Number(arg('--min-count')) || 4;
/** Averaged weights are multiplied by this and rounded; smaller ones are dropped. */
const QUANT_SCALE = 10;
/** Quantised weights with a smaller magnitude than this are dropped. */
const MIN_WEIGHT = Number(arg('--min-weight')) || 20;

const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

interface Example { view: ReturnType<typeof sentenceView>; gold: number[]; doc: ReturnType<typeof collectDocumentFacts> }
function examples(path: string): Example[] {
  const out: Example[] = [];
  for (const d of readConll(path)) {
    const views = d.sentences.map((s) => sentenceView(s.tokens.map(normalizeForm)));
    const facts = collectDocumentFacts(views);
    d.sentences.forEach((s, k) => out.push({ view: views[k]!, gold: s.tags.map((t) => tagIndex.get(t) ?? 0), doc: facts }));
  }
  return out;
}

// Weight storage: feature -> row; rows of TAG_COUNT in flat arrays with lazy averaging.
const featureRow = new Map<string, number>();
let capacity = 1 << 20;
let w: Float64Array<ArrayBufferLike> = new Float64Array(capacity * TAG_COUNT);
let total: Float64Array<ArrayBufferLike> = new Float64Array(capacity * TAG_COUNT);
let stamp: Float64Array<ArrayBufferLike> = new Float64Array(capacity * TAG_COUNT);
const counts: number[] = [];
function rowOf(f: string, create: boolean): number {
  let r = featureRow.get(f);
  if (r === undefined) {
    if (!create) return -1;
    r = featureRow.size;
    if (r >= capacity) {
      capacity *= 2;
      const grow = (a: Float64Array): Float64Array => { const b = new Float64Array(capacity * TAG_COUNT); b.set(a); return b; };
      w = grow(w); total = grow(total); stamp = grow(stamp);
    }
    featureRow.set(f, r);
    counts[r] = 0;
  }
  return r;
}

let clock = 0;
function update(rows: number[], tag: number, delta: number): void {
  for (const r of rows) {
    const k = r * TAG_COUNT + tag;
    total[k]! += (clock - stamp[k]!) * w[k]!;
    stamp[k] = clock;
    w[k]! += delta;
  }
}

const scores = new Float64Array(TAG_COUNT);
function score(rows: number[]): void {
  scores.fill(0);
  for (const r of rows) {
    if (r < 0) continue;
    const base = r * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += w[base + t]!;
  }
}
function best(prevTag: number): number {
  let bi = 0;
  let bv = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    // I-X only after B-X or I-X.
    if (TAGS[t]!.startsWith('I-') && (prevTag === 0 || TAGS[prevTag]!.slice(2) !== TAGS[t]!.slice(2))) continue;
    if (scores[t]! > bv) { bv = scores[t]!; bi = t; }
  }
  return bi;
}

function seededShuffle<T>(a: T[], seed: number): void {
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

const train = examples(TRAIN);
const dev = examples(DEV);
const feats: string[] = [];
console.log(`train: ${train.length} sentences; dev: ${dev.length}`);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  seededShuffle(train, 1234 + epoch);
  let errors = 0;
  for (const ex of train) {
    let p1 = 0;
    let p2 = 0;
    for (let i = 0; i < ex.view.forms.length; i++) {
      clock++;
      const gold = ex.gold[i]!;
      if (!isScoreable(ex.view, i, p1)) { p2 = p1; p1 = 0; continue; }
      tokenFeatures(ex.view, i, p1, p2, ex.doc, feats);
      const rows = feats.map((f) => rowOf(f, true));
      if (epoch === 0) for (const r of rows) counts[r]!++;
      score(rows);
      const guess = best(p1);
      if (guess !== gold) { errors++; update(rows, gold, 1); update(rows, guess, -1); }
      p2 = p1;
      p1 = guess;
    }
  }
  console.log(`epoch ${epoch + 1}: ${errors} errors, ${featureRow.size} features`);
}
// Average.
for (let k = 0; k < featureRow.size * TAG_COUNT; k++) {
  total[k]! += (clock - stamp[k]!) * w[k]!;
  w[k] = total[k]! / clock;
}

// Prune and quantise.
const model: Record<string, number[]> = {};
let kept = 0;
for (const [f, r] of featureRow) {
  if (counts[r]! < MIN_FEATURE_COUNT) continue;
  const pairs: number[] = [];
  for (let t = 0; t < TAG_COUNT; t++) {
    const q = Math.round(w[r * TAG_COUNT + t]! * QUANT_SCALE);
    if (Math.abs(q) >= MIN_WEIGHT) pairs.push(t, q);
  }
  if (pairs.length) { model[f] = pairs; kept++; }
}
// Use the quantised model for the dev report, exactly as the engine will.
featureRow.clear();
w = new Float64Array((kept + 1) * TAG_COUNT);
for (const [f, pairs] of Object.entries(model)) {
  const r = featureRow.size;
  featureRow.set(f, r);
  for (let k = 0; k < pairs.length; k += 2) w[r * TAG_COUNT + pairs[k]!] = pairs[k + 1]!;
}
let tp = 0, fp = 0, fn = 0;
for (const ex of dev) {
  let p1 = 0, p2 = 0;
  const pred: string[] = [];
  for (let i = 0; i < ex.view.forms.length; i++) {
    if (!isScoreable(ex.view, i, p1)) { pred.push('O'); p2 = p1; p1 = 0; continue; }
    tokenFeatures(ex.view, i, p1, p2, ex.doc, feats);
    score(feats.map((f) => rowOf(f, false)));
    const g = best(p1);
    pred.push(TAGS[g]!);
    p2 = p1; p1 = g;
  }
  const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
  const gs = new Set(bioSpans(ex.gold.map((t) => TAGS[t]!)).filter((s) => s.type !== 'MISC').map(key));
  const ps = bioSpans(pred).filter((s) => s.type !== 'MISC').map(key);
  for (const p of ps) if (gs.has(p)) tp++; else fp++;
  fn += gs.size - ps.filter((p) => gs.has(p)).length;
}
const P = tp / (tp + fp), R = tp / (tp + fn);
console.log(`tagger alone on eng.testa (PER+ORG+LOC, token-level input): P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}`);
const json = JSON.stringify({ tags: TAGS, scale: QUANT_SCALE, features: model });
writeFileSync(OUT, `// Generated by scripts/train-tagger.ts from CoNLL-2003 eng.train (${EPOCHS} epochs): averaged-perceptron\n// weights, integer-quantised (divide by scale). Feature templates: lib/engine/tag-features.ts. Do not edit.\nexport const TAGGER_MODEL_JSON = ${JSON.stringify(json)};\n`);
console.log(`wrote ${OUT}: ${kept} features, ${(json.length / 1024).toFixed(0)} KB`);
