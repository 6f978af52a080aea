// The labeled corpus in tests/corpus: one folder per article, each with gold.json and either
// article.txt (plain text) or source.html + expected.html (a page as served and Readability's
// article body, which the gold was labeled over). Used by eval, the extraction scores and tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildTextMap } from '../lib/page/text-map';

/** Relative to the project folder, where npm runs scripts (scripts/run.mjs bundles this file elsewhere). */
export const CORPUS_DIR = join('tests', 'corpus');

export interface CorpusPage {
  name: string;
  gold: string;
  /** The page as served (absent for plain-text articles). */
  sourceHtml?: string;
  /** Readability's article body of that page (absent for plain-text articles). */
  expectedHtml?: string;
  /** The plain-text article (absent for pages). */
  articleTxt?: string;
  /** Readability's metadata of the page: its title is the headline (absent for plain text). */
  metadata?: string;
}

/** Every labeled article of the corpus, by name. Unlabeled folders are left out. */
export function corpusPages(dir: string = CORPUS_DIR): CorpusPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'gold.json')))
    .map((entry) => {
      const at = (file: string) => (existsSync(join(dir, entry.name, file)) ? join(dir, entry.name, file) : undefined);
      return { name: entry.name, gold: join(dir, entry.name, 'gold.json'), sourceHtml: at('source.html'), expectedHtml: at('expected.html'), articleTxt: at('article.txt'), metadata: at('expected-metadata.json') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Elements whose text is never read (they hold code or styling, not prose). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The plain text of an HTML fragment, blocks apart, as the labels were made over. */
export function textOfHtml(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return buildTextMap([document.body as unknown as Element], (element) => NOT_TEXT.has(element.tagName.toUpperCase())).text;
}

/** The clean article text of a corpus page: article.txt, else the text of expected.html. */
export function cleanText(page: CorpusPage): string {
  if (page.articleTxt) return readFileSync(page.articleTxt, 'utf8');
  if (page.expectedHtml) return textOfHtml(readFileSync(page.expectedHtml, 'utf8'));
  throw new Error(`${page.name}: no article.txt or expected.html`);
}

/**
 * What the extraction of a page is compared with: Readability's title (the headline, which the
 * extension reads too) and body. Word scores against it are the corpus's extraction figures.
 */
export function extractionReference(page: CorpusPage): string {
  const title = page.metadata ? String((JSON.parse(readFileSync(page.metadata, 'utf8')) as { title?: unknown }).title ?? '') : '';
  // Bylines, credits and the like that Readability keeps may be left out (tests/corpus/<name>/furniture.json).
  const furnitureFile = join(CORPUS_DIR, page.name, 'furniture.json');
  const furniture = existsSync(furnitureFile) ? (JSON.parse(readFileSync(furnitureFile, 'utf8')) as { blocks: string[] }).blocks : [];
  const blocks = cleanText(page)
    .split(/\n\n+/)
    .filter((block) => !furniture.some((start) => block.replace(/\s+/g, ' ').trim().startsWith(start)));
  return [title, ...blocks].join('\n\n');
}

/** Lower-cased words with their counts: the bag the extraction's word scores compare. */
function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Word recall and precision of an extracted text against a reference (bags of words, as extraction benchmarks score). */
export function wordScores(extracted: string, reference: string): { recall: number; precision: number } {
  const ours = wordBag(extracted);
  const theirs = wordBag(reference);
  let common = 0;
  for (const [word, count] of ours) common += Math.min(count, theirs.get(word) ?? 0);
  const total = (bag: Map<string, number>) => [...bag.values()].reduce((sum, n) => sum + n, 0);
  return { recall: common / Math.max(1, total(theirs)), precision: common / Math.max(1, total(ours)) };
}
