// Finds the article body in a page and turns it into one string with a map back to the DOM.
// Runs in the content script (live page) and in node (CLI, over a parsed HTML file), so it
// uses only the DOM core that both have.
import { buildTextMap, type TextMap } from './text-map';

export interface ExtractedArticle {
  title: string;
  lang: string;
  map: TextMap;
  /** The elements whose text was taken, in order (headline first when separate). */
  roots: Element[];
}

/** Never article text, wherever they appear. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'NAV', 'ASIDE', 'FORM', 'DIALOG', 'MENU',
]);

/** Class/id words of page furniture: navigation, sharing, promotion, comments, legal. */
const FURNITURE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|share|sharing|social|related|recommended|promo|newsletter|subscribe|advert|ads?|sponsor(?:ed)?|cookies?|consent|comments?|footer|sidebar|masthead|byline|tags|toolbar|popup|modal)(?:$|[\s_-])/i;

/** Landmark roles that are never the article. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'menu', 'menubar', 'dialog', 'alert']);

const MIN_PARAGRAPH_CHARS = 25;
/** Below this much paragraph text a page is not an article (search page, login, app). */
export const MIN_ARTICLE_CHARS = 250;

function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

/** True for elements that are furniture by their tag, role or class/id words. */
export function isFurniture(element: Element): boolean {
  if (SKIPPED_TAGS.has(tagOf(element))) return true;
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const words = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return words.length > 1 && FURNITURE.test(words);
}

/** How much readable paragraph text sits directly in each candidate container. */
function scoreContainers(body: Element): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const paragraph of Array.from(body.querySelectorAll('p'))) {
    if (hasFurnitureAncestor(paragraph, body)) continue;
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    // Articles often split paragraphs over sibling wrappers: give the grandparent half.
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  return scores;
}

function hasFurnitureAncestor(element: Element, stop: Element): boolean {
  for (let node = element.parentElement; node && node !== stop; node = node.parentElement) {
    if (isFurniture(node)) return true;
  }
  return false;
}

/** The element that holds the article's body text, or null when the page has no article. */
export function findArticleRoot(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  const scores = scoreContainers(body);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best || bestScore < MIN_ARTICLE_CHARS) return null;
  // Prefer the semantic article element around the best container when there is one.
  const article = best.closest('article, [itemprop="articleBody"], main');
  return article && article !== body ? article : best;
}

/** The page headline, when it sits outside the article root. */
function findHeadline(document: Document, root: Element): Element | null {
  const heading = document.querySelector('h1');
  if (!heading || root.contains(heading) || hasFurnitureAncestor(heading, document.documentElement)) return null;
  return heading;
}

export interface ExtractOptions {
  /** Extra test for hidden elements (the live page can ask for computed style). */
  isHidden?: (element: Element) => boolean;
}

/** Extracts the article of a page; null when the page does not look like an article. */
export function extractArticle(document: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const root = findArticleRoot(document);
  if (!root) return null;
  const headline = findHeadline(document, root);
  const roots = headline ? [headline, root] : [root];
  const isHidden = options.isHidden;
  const skip = (element: Element) => isFurniture(element) || (isHidden ? isHidden(element) : false);
  const map = buildTextMap(roots, skip);
  const lang = document.documentElement.getAttribute('lang') ?? '';
  return { title: document.title.trim(), lang, map, roots };
}
