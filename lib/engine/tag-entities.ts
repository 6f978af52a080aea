// Stage 3: the statistical tagger. A greedy averaged perceptron (trained by scripts/train-tagger.ts
// on CoNLL-2003 eng.train) labels each token O / B-X / I-X for X in PER, ORG, LOC, MISC.
import { TAGGER_MODEL_JSON } from './model/tagger-weights';
import {
  TAGS, TAG_COUNT, collectDocumentFacts, isScoreable, sentenceView, tokenFeatures,
  type DocumentFacts, type SentenceView,
} from './tag-features';
import type { Sentence } from './split-sentences';
import type { Token } from './tokenize';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** An entity span found by the tagger, in token indices [first, end). */
export interface TaggedSpan {
  first: number;
  end: number;
  type: EntityType;
}

interface Model { scale: number; features: Map<string, Int32Array> }
let model: Model | null = null;

function loadModel(): Model {
  if (model) return model;
  const raw = JSON.parse(TAGGER_MODEL_JSON) as { tags: string[]; scale: number; features: Record<string, number[]> };
  if (raw.tags.join() !== TAGS.join()) throw new Error('tagger weights were trained for a different tag set');
  const features = new Map<string, Int32Array>();
  for (const [f, pairs] of Object.entries(raw.features)) features.set(f, Int32Array.from(pairs));
  model = { scale: raw.scale, features };
  return model;
}

const I_TYPE: readonly (string | null)[] = TAGS.map((t) => (t.startsWith('I-') ? t.slice(2) : null));
const TYPE_OF: readonly string[] = TAGS.map((t) => (t === 'O' ? '' : t.slice(2)));

/** Tag one sentence view; returns tag indices. */
export function tagSentence(view: SentenceView, doc: DocumentFacts): number[] {
  const { features } = loadModel();
  const tags: number[] = new Array<number>(view.forms.length).fill(0);
  const feats: string[] = [];
  const scores = new Int32Array(TAG_COUNT);
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < view.forms.length; i++) {
    if (!isScoreable(view, i, p1)) { p2 = p1; p1 = 0; continue; }
    tokenFeatures(view, i, p1, p2, doc, feats);
    scores.fill(0);
    for (const f of feats) {
      const pairs = features.get(f);
      if (!pairs) continue;
      for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
    }
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      const it = I_TYPE[t];
      if (it && TYPE_OF[p1] !== it) continue; // I-X only continues X
      if (scores[t]! > bestScore) { bestScore = scores[t]!; best = t; }
    }
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}

/** Tag every sentence of a tokenised text; spans are in global token indices. */
export function tagEntities(tokens: readonly Token[], sentences: readonly Sentence[]): TaggedSpan[] {
  const views = sentences.map((s) => sentenceView(tokens.slice(s.first, s.end).map((t) => t.form)));
  const doc = collectDocumentFacts(views);
  const spans: TaggedSpan[] = [];
  sentences.forEach((s, k) => {
    const tags = tagSentence(views[k]!, doc);
    let open: TaggedSpan | null = null;
    for (let i = 0; i < tags.length; i++) {
      const tag = TAGS[tags[i]!]!;
      if (tag === 'O' || tag.startsWith('B-')) {
        if (open) spans.push(open);
        open = tag === 'O' ? null : { first: s.first + i, end: s.first + i + 1, type: tag.slice(2) as EntityType };
      } else if (open) {
        open.end = s.first + i + 1;
      }
    }
    if (open) spans.push(open);
  });
  return spans;
}
