// `npm run eval`: scores the engine on every labeled article in tests/corpus, twice: through the
// page (source.html → the extension's article extraction → engine) and on the clean article text
// (Readability's expected.html, or article.txt), with tests/corpus/score-gold.mjs. Also scores the
// extraction alone: word recall and precision of the extracted text against Readability's title
// and body (the headline is part of what the extension reads).
// Prints per-page rows, the macro average over all pages and over each fold of tests/corpus/folds.json
// (the folds let a change driven by errors on some pages be judged on pages nobody looked at).
// usage: npm run eval [-- --verbose] [-- --fold=NAME] [-- --json=FILE]
//   --verbose      also print misses and spurious actors (of the pages in --fold only, when given)
//   --json=FILE    write every score as JSON
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildDataset } from '../lib/engine';
import { extractArticle } from '../lib/page/extract-article';
import { CORPUS_DIR, cleanText, corpusPages, extractionReference, wordScores, type CorpusPage } from './corpus';

const SCORER = join(CORPUS_DIR, 'score-gold.mjs');
const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const verbose = args.includes('--verbose');
const onlyFold = option('fold');
const jsonOut = option('json');

interface Score {
  actors: { precision: number; recall: number; f1: number; found: number; gold: number; system: number };
  aliases: { recall: number; total: number };
  descriptors: { recall: number; precision: number; gold: number };
  expansions: { recall: number; total: number };
  kinds: { accuracy: number };
  missed: string[]; spurious: string[]; aliasMiss: string[]; descMiss: string[];
}

interface WordScore { recall: number; precision: number }
interface PageResult { name: string; fold: string; html: Score | null; text: Score; words: WordScore | null }

const folds = JSON.parse(readFileSync(join(CORPUS_DIR, 'folds.json'), 'utf8')) as { folds: Record<string, string[]> };
const foldOf = (name: string): string => Object.entries(folds.folds).find(([, names]) => names.includes(name))?.[0] ?? '-';

const work = mkdtempSync(join(tmpdir(), 'dramatis-eval-'));
function score(page: CorpusPage, input: string, text: string, title: string): Score {
  const dataset = buildDataset({ url: `https://corpus.invalid/${page.name}`, title, lang: 'en', text });
  const systemFile = join(work, `${page.name}.${input}.json`);
  writeFileSync(systemFile, JSON.stringify(dataset));
  return JSON.parse(execFileSync(process.execPath, [SCORER, page.gold, systemFile, '--json'], { encoding: 'utf8' })) as Score;
}

const results: PageResult[] = corpusPages().map((page) => {
  const clean = cleanText(page);
  const text = score(page, 'text', clean, '');
  if (!page.sourceHtml) return { name: page.name, fold: foldOf(page.name), html: null, text, words: null };
  const { document } = parseHTML(readFileSync(page.sourceHtml, 'utf8'));
  const article = extractArticle(document as unknown as Document);
  const extracted = article?.map.text ?? '';
  if (!article) console.error(`eval: ${page.name}: no article body found`);
  return {
    name: page.name,
    fold: foldOf(page.name),
    html: score(page, 'html', extracted, article?.title ?? ''),
    text,
    words: wordScores(extracted, extractionReference(page)),
  };
});

const f = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(3));
const columns = ['actP', 'actR', 'actF1', 'alias', 'descR', 'descP', 'expan', 'kinds'];
const figures = (s: Score): number[] => [s.actors.precision, s.actors.recall, s.actors.f1, s.aliases.recall, s.descriptors.recall, s.descriptors.precision, s.expansions.recall, s.kinds.accuracy];
const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(26) : c.padStart(6))).join(' ');
const mean = (rows: number[][]): number[] => rows[0]!.map((_, k) => rows.reduce((sum, row) => sum + row[k]!, 0) / rows.length);

function table(title: string, pick: (r: PageResult) => Score | null, withWords: boolean): Record<string, number[]> {
  console.log(`\n${title}`);
  console.log(line(['page', 'fold', ...columns, ...(withWords ? ['wordR', 'wordP'] : [])]));
  const rows = results.filter((r) => pick(r) !== null);
  const row = (r: PageResult) => [...figures(pick(r)!), ...(withWords ? [r.words!.recall, r.words!.precision] : [])];
  for (const r of rows) console.log(line([r.name, r.fold, ...row(r).map(f)]));
  const macros: Record<string, number[]> = { all: mean(rows.map(row)) };
  console.log(line([`macro, all ${rows.length}`, '', ...macros.all!.map(f)]));
  for (const fold of Object.keys(folds.folds)) {
    const inFold = rows.filter((r) => r.fold === fold);
    if (inFold.length === 0) continue;
    macros[fold] = mean(inFold.map(row));
    console.log(line([`macro, fold ${fold} (${inFold.length})`, '', ...macros[fold]!.map(f)]));
  }
  return macros;
}

const throughPage = table('Through the page: source.html → article extraction → engine', (r) => r.html, true);
const onText = table('On the clean article text: expected.html (or article.txt)', (r) => r.text, false);
console.log('\ngoals (macro through the page): actor F1 ≥ 0.92, aliases ≥ 0.90, descriptors R ≥ 0.70 at P ≥ 0.85, kinds ≥ 0.92; extraction word R ≥ 0.98, P ≥ 0.95 on every page');

if (verbose) {
  for (const r of results) {
    if (onlyFold && r.fold !== onlyFold) continue;
    for (const [input, s] of [['page', r.html], ['text', r.text]] as const) {
      if (!s) continue;
      console.log(`\n## ${r.name} (${input})`);
      for (const k of ['missed', 'spurious', 'aliasMiss', 'descMiss'] as const) if (s[k].length) console.log(`${k}: ${s[k].join(' | ')}`);
    }
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ columns, throughPage, onText, pages: results }, null, 2));
