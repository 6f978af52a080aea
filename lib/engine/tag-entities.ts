// Stage 3: the statistical tagger. A greedy averaged perceptron (trained by scripts/train-tagger.ts
// on CoNLL-2003 eng.train) labels each token O / B-X / I-X for X in PER, ORG, LOC, MISC.
import { TAGGER_MODEL_JSON } from './model/tagger-weights';
import {
  TAGS, TAG_COUNT, asNextFeatures, asPreviousFeatures, collectDocumentFactsByFlags, isScoreable, pairFeatures,
  documentFeatures, isScoreableByFlags, sentenceView, startFlag, wordOnlyFeatures, wordShape, type DocumentFacts, type SentenceView,
} from './tag-features';
import { isCapsSentence, type Sentence } from './split-sentences';
import { tokenFlags, type Token } from './tokenize';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** An entity span found by the tagger, in token indices [first, end). */
export interface TaggedSpan {
  first: number;
  end: number;
  type: EntityType;
}

interface Model {
  scale: number;
  features: Map<string, Int32Array>;
  /** Weights of 'pt:' by previous tag, and 'pt2:' by (prev2 * TAG_COUNT + prev). */
  previousTag: Int32Array[];
  previousTags: Int32Array[];
}
let model: Model | null = null;

function loadModel(): Model {
  if (model) return model;
  const raw = JSON.parse(TAGGER_MODEL_JSON) as { tags: string[]; scale: number; features: Record<string, number[]> };
  if (raw.tags.join() !== TAGS.join()) throw new Error('tagger weights were trained for a different tag set');
  const features = new Map<string, Int32Array>();
  for (const [f, pairs] of Object.entries(raw.features)) features.set(f, Int32Array.from(pairs));
  const vectorOf = (f: string): Int32Array => {
    const v = new Int32Array(TAG_COUNT);
    addWeights(features, [f], v);
    return v;
  };
  const previousTag = TAGS.map((_, p) => vectorOf('pt:' + p));
  const previousTags: Int32Array[] = [];
  for (let p2 = 0; p2 < TAG_COUNT; p2++) for (let p1 = 0; p1 < TAG_COUNT; p1++) previousTags.push(vectorOf('pt2:' + p2 + '.' + p1));
  model = { scale: raw.scale, features, previousTag, previousTags };
  return model;
}

const I_TYPE: readonly (string | null)[] = TAGS.map((t) => (t.startsWith('I-') ? t.slice(2) : null));
const TYPE_OF: readonly string[] = TAGS.map((t) => (t === 'O' ? '' : t.slice(2)));
/** Whether a tag index is a B- tag (opens a span). */
const OPENS_SPAN: readonly boolean[] = TAGS.map((t) => t.startsWith('B-'));

/** Sum of the weights of some features, per tag. */
function addWeights(features: ReadonlyMap<string, Int32Array>, feats: readonly string[], into: Int32Array): void {
  for (const f of feats) {
    const pairs = features.get(f);
    if (!pairs) continue;
    for (let k = 0; k < pairs.length; k += 2) into[pairs[k]!]! += pairs[k + 1]!;
  }
}

function addInto(total: Int32Array, v: Int32Array): void {
  for (let t = 0; t < TAG_COUNT; t++) total[t]! += v[t]!;
}

/** Entries per partial-score cache before it is emptied (bounds memory in a long-lived worker). */
const MAX_CACHE_ENTRIES = 50_000;

/** What the tagger caches about one distinct word (a form): its shape and the summed weights of the
 *  features that depend on that word alone, each filled in when first needed. */
interface WordScores {
  form: string;
  lower: string;
  shape: string;
  /** 'ptsh:' weights for the word's shape, by previous tag. */
  shapeAfterTag: Int32Array[];
  /** The word's own features, by documentIndex() of its position. */
  own: (Int32Array | undefined)[];
  asPrevious?: Int32Array;
  asNext?: Int32Array;
  asPrevious2?: Int32Array;
  asNext2?: Int32Array;
}

/**
 * Caches of partial scores. Most features depend on one word only (the word itself, or a neighbor
 * as "previous"/"next"), so their summed weights are computed once per distinct word and kept across
 * texts (bounded); only document- and tag-dependent features are looked up per token. The result is
 * exactly the sum over tokenFeatures() that the model was trained with.
 */
class ScoreCache {
  private readonly words = new Map<string, WordScores>();
  private readonly shapeByTag = new Map<string, Int32Array[]>();
  private readonly feats: string[] = [];
  /** Document-feature weights ('dl'/'dc' + start flag + caps flag), indexed by documentIndex(). */
  readonly seenLowerScores: Int32Array[] = [];
  readonly seenCapitalizedScores: Int32Array[] = [];
  /** What the sentence boundaries contribute as neighbors. */
  readonly startAsPrevious: Int32Array;
  readonly endAsNext: Int32Array;
  readonly startAsPrevious2: Int32Array;
  readonly endAsNext2: Int32Array;
  constructor(private readonly features: ReadonlyMap<string, Int32Array>) {
    for (const caps of ['m', 'C']) {
      for (const start of ['-', 'S']) {
        const word = 'x';
        this.seenLowerScores.push(this.sum((out) => documentFeatures(word, caps, start, { seenLower: new Set([word]), seenCapitalized: new Set() }, out)));
        this.seenCapitalizedScores.push(this.sum((out) => documentFeatures(word, caps, start, { seenLower: new Set(), seenCapitalized: new Set([word]) }, out)));
      }
    }
    this.startAsPrevious = this.sum((out) => asPreviousFeatures(undefined, out));
    this.endAsNext = this.sum((out) => asNextFeatures(undefined, out));
    this.startAsPrevious2 = this.sum((out) => out.push('pl2:<s>'));
    this.endAsNext2 = this.sum((out) => out.push('nl2:</s>'));
  }
  /** Summed weights of the features fill() lists. */
  private sum(fill: (out: string[]) => void): Int32Array {
    this.feats.length = 0;
    fill(this.feats);
    const v = new Int32Array(TAG_COUNT);
    addWeights(this.features, this.feats, v);
    return v;
  }
  /** The cache entry of a word; lower is form.toLowerCase(). */
  word(form: string, lower: string): WordScores {
    let w = this.words.get(form);
    if (!w) {
      if (this.words.size >= MAX_CACHE_ENTRIES) this.words.clear();
      const shape = wordShape(form);
      w = { form, lower, shape, shapeAfterTag: this.shapeAfterTag(shape), own: [undefined, undefined, undefined, undefined] };
      this.words.set(form, w);
    }
    return w;
  }
  private shapeAfterTag(shape: string): Int32Array[] {
    let v = this.shapeByTag.get(shape);
    if (!v) {
      if (this.shapeByTag.size >= MAX_CACHE_ENTRIES) this.shapeByTag.clear();
      v = TAGS.map((_, p) => this.sum((out) => out.push('ptsh:' + p + shape)));
      this.shapeByTag.set(shape, v);
    }
    return v;
  }
  ownScores(w: WordScores, caps: string, start: string): Int32Array {
    const k = documentIndex(caps, start);
    return (w.own[k] ??= this.sum((out) => wordOnlyFeatures(w.form, w.lower, caps, start, out)));
  }
  asPrevious(w: WordScores): Int32Array {
    return (w.asPrevious ??= this.sum((out) => asPreviousFeatures(w.form, out)));
  }
  asNext(w: WordScores): Int32Array {
    return (w.asNext ??= this.sum((out) => asNextFeatures(w.form, out)));
  }
  asPrevious2(w: WordScores): Int32Array {
    return (w.asPrevious2 ??= this.sum((out) => out.push('pl2:' + w.lower)));
  }
  asNext2(w: WordScores): Int32Array {
    return (w.asNext2 ??= this.sum((out) => out.push('nl2:' + w.lower)));
  }
  /** 'pls:' weights (previous word with this word's shape), cached per previous word then shape,
   *  so the feature string is built once per distinct pair rather than per token. */
  private readonly pairs = new Map<string, Map<string, Int32Array>>();
  pairScores(view: SentenceView, i: number, shape: string): Int32Array {
    const prev = i > 0 ? view.lowers[i - 1]! : '<s>';
    let byShape = this.pairs.get(prev);
    if (!byShape) {
      if (this.pairs.size >= MAX_CACHE_ENTRIES) this.pairs.clear();
      byShape = new Map();
      this.pairs.set(prev, byShape);
    }
    let v = byShape.get(shape);
    if (!v) {
      v = this.sum((out) => pairFeatures(view, i, shape, out));
      byShape.set(shape, v);
    }
    return v;
  }
}

/** Index into ScoreCache's document-feature tables for a caps flag and a start flag. */
function documentIndex(caps: string, start: string): number {
  return (caps === 'C' ? 2 : 0) + (start === 'S' ? 1 : 0);
}

/** The running score of one token, per tag (reused: tagging never nests). */
const scoreTotal = new Int32Array(TAG_COUNT);

/** Tag one sentence view; returns tag indices. */
let sharedCache: ScoreCache | null = null;

/** tokenFlags (optional): the tokens' flags (Token.flags), the sentence starting at `offset`,
 *  which answer isScoreable without a string test per token. */
export function tagSentence(view: SentenceView, doc: DocumentFacts, tokenFlags?: Int32Array, offset = 0): number[] {
  const { features, previousTag, previousTags } = loadModel();
  sharedCache ??= new ScoreCache(features);
  const scores = sharedCache;
  const tags: number[] = new Array<number>(view.forms.length).fill(0);
  const total = scoreTotal;
  const caps = view.allCaps ? 'C' : 'm';
  const n = view.forms.length;
  let p1 = 0;
  let p2 = 0;
  // Cache entries of the words, looked up only around the tokens that are scored (most are not).
  const words = new Array<WordScores | undefined>(n);
  const wordAt = (i: number): WordScores => (words[i] ??= scores.word(view.forms[i]!, view.lowers[i]!));
  for (let i = 0; i < n; i++) {
    const scoreable = tokenFlags ? isScoreableByFlags(view, i, p1, tokenFlags[offset + i]!) : isScoreable(view, i, p1);
    if (!scoreable) { p2 = p1; p1 = 0; continue; }
    const word = wordAt(i);
    const start = startFlag(view, i);
    total.set(scores.ownScores(word, caps, start));
    const shape = word.shape;
    const a = i > 0 ? scores.asPrevious(wordAt(i - 1)) : scores.startAsPrevious;
    const b = i + 1 < n ? scores.asNext(wordAt(i + 1)) : scores.endAsNext;
    const c = i > 1 ? scores.asPrevious2(wordAt(i - 2)) : scores.startAsPrevious2;
    const d = i + 2 < n ? scores.asNext2(wordAt(i + 2)) : scores.endAsNext2;
    const e = previousTag[p1]!;
    const f = previousTags[p2 * TAG_COUNT + p1]!;
    const g = word.shapeAfterTag[p1]!;
    for (let t = 0; t < TAG_COUNT; t++) total[t]! += a[t]! + b[t]! + c[t]! + d[t]! + e[t]! + f[t]! + g[t]!;
    addInto(total, scores.pairScores(view, i, shape));
    const low = view.lowers[i]!;
    const k = documentIndex(caps, start);
    if (doc.seenLower.has(low)) addInto(total, scores.seenLowerScores[k]!);
    if (doc.seenCapitalized.has(low)) addInto(total, scores.seenCapitalizedScores[k]!);
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      const it = I_TYPE[t];
      if (it && TYPE_OF[p1] !== it) continue; // I-X only continues X
      if (total[t]! > bestScore) { bestScore = total[t]!; best = t; }
    }
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}

/** Tag every sentence of a tokenised text; spans are in global token indices. */
/** flags: tokenFlags(tokens), when the caller already has them. */
export function tagEntities(tokens: readonly Token[], sentences: readonly Sentence[], flags: Int32Array = tokenFlags(tokens)): TaggedSpan[] {
  const views = sentences.map((s) => {
    const forms: string[] = [];
    const lowers: string[] = [];
    for (let k = s.first; k < s.end; k++) { forms.push(tokens[k]!.form); lowers.push(tokens[k]!.lower); }
    return sentenceView(forms, lowers, isCapsSentence(tokens, s));
  });
  const doc = collectDocumentFactsByFlags(views, flags, sentences.map((s) => s.first));
  const spans: TaggedSpan[] = [];
  sentences.forEach((s, k) => {
    const tags = tagSentence(views[k]!, doc, flags, s.first);
    let open: TaggedSpan | null = null;
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      if (tag === 0 || OPENS_SPAN[tag]) {
        if (open) spans.push(open);
        open = tag === 0 ? null : { first: s.first + i, end: s.first + i + 1, type: TYPE_OF[tag] as EntityType };
      } else if (open) {
        open.end = s.first + i + 1;
      }
    }
    if (open) spans.push(open);
  });
  return spans;
}
