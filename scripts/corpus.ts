// The labelled corpus in tests/corpus: one folder per article, each with gold.json and either
// article.txt (plain text) or source.html + expected.html (a page as served and Readability's
// article body, which the gold was labelled over). Used by eval, the extraction scores and tests.
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
}

/** Every labelled article of the corpus, by name. Unlabelled folders are left out. */
export function corpusPages(dir: string = CORPUS_DIR): CorpusPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'gold.json')))
    .map((entry) => {
      const at = (file: string) => (existsSync(join(dir, entry.name, file)) ? join(dir, entry.name, file) : undefined);
      return { name: entry.name, gold: join(dir, entry.name, 'gold.json'), sourceHtml: at('source.html'), expectedHtml: at('expected.html'), articleTxt: at('article.txt') };
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
