// `npm run bench`: engine throughput (MB/s of article text, UTF-8) on the corpus texts and on a
// 2 MB synthetic article, beside compromise's throughput in the same run (both warmed up, then
// measured in alternating rounds so both see the same machine load); time at 1×, 2×, 4×, 8× input
// to show linear growth; and the time for a typical 1,000-word article.
// Prints numbers only; nothing here asserts on time.
// usage: npm run bench [-- --write-synthetic=FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { analyzeText } from '../lib/engine';
import { extractArticle } from '../lib/page/extract-article';
import { corpusPages } from './corpus';

// scripts/run.mjs bundles this script with the engine into one module, as Vite does for the
// extension: the engine is measured as it ships, not through per-file transpilation.
const how = 'bundled with esbuild';

const SYNTHETIC_BYTES = 2 * 1024 * 1024;
const LINEARITY_ROUNDS = 7;

/** The corpus articles as the engine gets them: a page's extracted text, or the plain-text article. */
function corpusTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const page of corpusPages()) {
    if (page.articleTxt) out.push({ name: page.name, text: readFileSync(page.articleTxt, 'utf8') });
    if (page.sourceHtml) {
      const { document } = parseHTML(readFileSync(page.sourceHtml, 'utf8'));
      const article = extractArticle(document as unknown as Document);
      if (article) out.push({ name: page.name, text: article.map.text });
    }
  }
  return out;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** CPU milliseconds (user + system) spent by this process in fn(). CPU time rather than wall time,
 *  so figures hold up when other work shares the machine (wall time is also printed for the article). */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Warm-up before measuring: passes until this much CPU time is spent (at least one pass). The first
 *  passes of either library run before the JIT has compiled its hot code (and, for the engine, before
 *  its per-word caches are filled); on this machine they take up to 15× a steady pass, and the JIT's own
 *  compile threads count as CPU time. Both libraries get the same warm-up. The cold first call is
 *  printed separately above. */
const WARMUP_MS = 1000;

/** CPU ms of one pass of fn over the texts. */
const pass = (texts: readonly string[], fn: (t: string) => unknown): number => cpuMs(() => { for (const t of texts) fn(t); });

function warmUp(texts: readonly string[], fn: (t: string) => unknown): void {
  let warm = 0;
  do warm += pass(texts, fn);
  while (warm < WARMUP_MS);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

interface Comparison { ours: number; theirs: number; ratio: number }
/** Engine against compromise on the same texts, in alternating rounds so both see the same machine
 *  load (this machine is shared; load drifts over seconds). Each round times one compromise pass, then
 *  engine passes for as much CPU time (at least one pass); the figures are medians over rounds of
 *  CPU ms per pass and of the per-round ratio. */
function compare(texts: string[], rounds: number): Comparison {
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const theirMs = pass(texts, compromiseActors);
    let ourMs = 0;
    let passes = 0;
    do { ourMs += pass(texts, analyzeText); passes++; } while (ourMs < theirMs);
    ours.push(ourMs / passes);
    theirs.push(theirMs);
    ratios.push(theirMs / (ourMs / passes));
  }
  return { ours: median(ours), theirs: median(theirs), ratio: median(ratios) };
}

function compromiseActors(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.organizations().length + doc.places().length;
}

const coldStart = performance.now();
analyzeText('Warm-up: Masahisa Sato met officials in Tokyo.');
const coldMs = performance.now() - coldStart;

const corpus = corpusTexts();
const corpusStrings = corpus.map((c) => c.text);
const corpusBytes = corpusStrings.reduce((n, t) => n + bytes(t), 0);
let synthetic = '';
for (let i = 0; synthetic.length < SYNTHETIC_BYTES; i++) synthetic += corpusStrings[i % corpusStrings.length] + '\n\n';
synthetic = synthetic.slice(0, SYNTHETIC_BYTES);
// `--write-synthetic=FILE` saves the 2 MB article for whole-process timings (docs/ENGINE.md).
const syntheticFile = process.argv.find((arg) => arg.startsWith('--write-synthetic='))?.slice('--write-synthetic='.length);
if (syntheticFile) {
  writeFileSync(syntheticFile, synthetic);
  console.log(`wrote the ${(bytes(synthetic) / 1024 / 1024).toFixed(1)} MB synthetic article to ${syntheticFile}`);
  process.exit(0);
}

const mbps = (b: number, ms: number): string => (b / 1024 / 1024 / (ms / 1000)).toFixed(2);
console.log(`Engine ${how}; cold start (model load + first call): ${coldMs.toFixed(0)} ms`);
console.log(`\nThroughput (MB/s of UTF-8 article text per CPU second, median of alternating rounds after ${WARMUP_MS / 1000} s of warm-up; higher is better)`);
console.log(`${'input'.padEnd(34)} ${'Dramatis'.padStart(9)} ${'compromise'.padStart(11)} ${'ratio'.padStart(7)}`);
// Warm both up on the corpus; the 2 MB article then runs the same (already compiled) code.
warmUp(corpusStrings, analyzeText);
warmUp(corpusStrings, compromiseActors);
const row = (label: string, b: number, c: Comparison): void => {
  console.log(`${label.padEnd(34)} ${mbps(b, c.ours).padStart(9)} ${mbps(b, c.theirs).padStart(11)} ${c.ratio.toFixed(1).padStart(6)}×`);
};
row(`corpus (${corpus.length} articles, ${(corpusBytes / 1024).toFixed(0)} KB)`, corpusBytes, compare(corpusStrings, 15));
row('synthetic article (2 MB)', bytes(synthetic), compare([synthetic], 3));

console.log(`\nLinearity (engine, same text repeated; CPU ms, median over ${LINEARITY_ROUNDS} rounds that each time every size once)`);
console.log(`${'size'.padEnd(8)} ${'KB'.padStart(7)} ${'ms'.padStart(9)} ${'ms/MB'.padStart(8)}`);
const base = synthetic.slice(0, 256 * 1024);
const sized = [1, 2, 4, 8].map((k) => ({ k, text: base.repeat(k), ms: [] as number[] }));
// Sizes take turns within each round, so a change in machine load hits all of them alike.
for (let round = 0; round < LINEARITY_ROUNDS; round++) for (const s of sized) s.ms.push(pass([s.text], analyzeText));
for (const { k, text, ms } of sized) {
  const m = median(ms);
  console.log(`${`${k}×`.padEnd(8)} ${(bytes(text) / 1024).toFixed(0).padStart(7)} ${m.toFixed(1).padStart(9)} ${(m / (bytes(text) / 1024 / 1024)).toFixed(1).padStart(8)}`);
}

const words = corpusStrings.join('\n\n').split(/(\s+)/u);
const thousand = words.slice(0, 2000).join(''); // 1,000 words and the spaces between them
const times: number[] = [];
const wall: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  times.push(cpuMs(() => analyzeText(thousand)));
  wall.push(performance.now() - s);
}
times.sort((a, b) => a - b);
wall.sort((a, b) => a - b);
console.log(`\n1,000-word article (${(bytes(thousand) / 1024).toFixed(1)} KB): median ${times[100]!.toFixed(2)} ms CPU (${wall[100]!.toFixed(2)} ms wall), p95 ${times[190]!.toFixed(2)} ms CPU (goal < 5 ms)`);
