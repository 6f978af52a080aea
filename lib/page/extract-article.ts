// Finds the article body in a page and turns it into one string with a map back to the DOM.
// Readability-like: paragraphs score the containers they sit in (length, commas), containers
// are weighed by their class/id words and link density, the best one is the body, and its
// siblings that read like more of the same join it. Page furniture inside (share bars,
// related links, ads, comments) is left out by tag, landmark role, class/id words and link
// density. The headline and standfirst are added when they sit outside the body.
// Runs in the content script (live page, in time slices) and in node (CLI, over a parsed
// HTML file), so it uses only the DOM core that both have.
import { textMapSteps, type TextMap } from './text-map';
import { runToEnd, type Steps } from './time-slice';

export interface ExtractedArticle {
  title: string;
  lang: string;
  map: TextMap;
  /** The elements whose text was taken, in reading order (headline first when separate). */
  roots: Element[];
  /** The headline and standfirst when found (they may sit outside the body). */
  headline: Element | null;
  standfirst: Element | null;
  /** The open shadow root the story is in, when a web component renders it (else null). */
  shadowRoot: ShadowRoot | null;
}

/** Never article text, wherever they appear. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'NAV', 'ASIDE', 'FORM', 'DIALOG', 'MENU', 'FOOTER', 'LABEL', 'FIELDSET', 'DRAMATIS-OVERLAY',
]);

/** Class/id words of page furniture: navigation, sharing, promotion, comments, legal, media players' chrome. */
const FURNITURE_WORDS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|sharetools|social|related|recommended|recirculation|more-?stories|most-?popular|promo|newsletter|subscribe|subscription|signup|advert|advertisement|ad|ads|adslot|sponsor(?:ed)?|outbrain|taboola|cookies?|consent|gdpr|comments?|disqus|replies|footer|sidebar|rail|masthead|byline|bylines|tags|keywords|toolbar|popup|modal|banner|skip|pagination|pager|breaking-news|ticker|widget|login|player|playlist|controls|settings|dropdown|graphic|chart|infographic|ai2html)(?:$|[\s_-])/i;
/** Class/id words that mark the content itself: they outweigh a furniture word on the same element. */
const CONTENT_WORDS = /(?:^|[\s_-])(?:article|body|content|story|entry|post|text|main)(?:$|[\s_-]|__)/i;
/** Class/id words that raise or lower a container's score (Readability's weights, trimmed). */
const POSITIVE_WORDS = /article|body|content|entry|hentry|main|page|post|text|blog|story/i;
const NEGATIVE_WORDS = /-ad-|hidden|banner|combx|comment|com-|contact|footer|masthead|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|nav|menu|social/i;

/** Landmark roles that are never the article. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'menu', 'menubar', 'dialog', 'alertdialog', 'alert', 'toolbar', 'tablist', 'button']);

/** Elements whose own text is a paragraph of reading. */
const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'LI', 'TD', 'DD', 'H2', 'H3', 'FIGCAPTION']);
/** Containers that may hold the body; `div`s without block children read as paragraphs too. */
const BLOCK_CHILD_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'PRE', 'DL']);
const TAG_SCORES: Record<string, number> = { DIV: 5, ARTICLE: 8, MAIN: 5, SECTION: 3, BLOCKQUOTE: 3, TD: 3, FORM: -3, UL: -3, OL: -3, DL: -3, ADDRESS: -3, LI: -3, TH: -5 };

const MIN_PARAGRAPH_CHARS = 25;
/**
 * Is there an article at all (not a search page, a login form, a web app)? Readability's
 * "probably readerable" test, scaled for short news briefs: every paragraph of running text
 * longer than READABLE_PARAGRAPH_CHARS adds the square root of its extra length; an article
 * reaches MIN_READABLE_SCORE (two 130-character paragraphs do; a list of result links does not).
 */
const READABLE_PARAGRAPH_CHARS = 80;
export const MIN_READABLE_SCORE = 12;
/** Elements whose text counts towards "is this an article" (list items and cells do not). */
const RUNNING_TEXT_TAGS = new Set(['P', 'BLOCKQUOTE', 'DIV', 'SECTION', 'SPAN', 'DD', 'FIGCAPTION']);
/** List items count too when they read as sentences (a story told in a slideshow's or a list's items). */
const SENTENCE_ITEM_TAGS = new Set(['LI']);
/** Ancestors of a paragraph that share its score: the parent fully, then less each level up. */
const SCORE_LEVELS = 3;
/** How many of the best containers get the (costly) link-density check. */
const TOP_CANDIDATES = 5;
/** Link text over all text above which a block is a list of links, not reading. */
const LINK_FARM_DENSITY = 0.5;
/** A sibling of the body joins it with at least this share of the body's score. */
const SIBLING_SHARE = 0.2;
/** Elements visited between two yields of the scoring walk. */
const ELEMENTS_PER_STEP = 128;

function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

/** The element's class and id words; `js-…` classes are script hooks, not meaning. */
function classAndId(element: Element): string {
  const classes = (element.getAttribute('class') ?? '').replace(/(?:^|\s)js-\S*/g, ' ');
  return `${classes} ${element.getAttribute('id') ?? ''}`;
}

/** Elements that say they are the content: class words never make them furniture. */
function isContentLandmark(element: Element): boolean {
  const tag = tagOf(element);
  const role = element.getAttribute('role');
  return tag === 'MAIN' || tag === 'ARTICLE' || role === 'main' || role === 'article' || element.getAttribute('itemprop') === 'articleBody';
}

/** True for elements that are never article text by tag, role, state or class/id words. */
export function isFurniture(element: Element): boolean {
  const tag = tagOf(element);
  // Code inside a sentence is part of it ("the object, rekt, contains"); a block of code is not reading.
  if (tag === 'CODE') return (element.textContent ?? '').includes('\n');
  if (SKIPPED_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (isContentLandmark(element)) return false;
  // A page's headline is never furniture, whatever its template calls it ("post-title-breadcrumb").
  if (tag === 'H1') return false;
  const words = classAndId(element);
  if (isCreditLine(element, words)) return true;
  if (words.length <= 1 || !FURNITURE_WORDS.test(words) || CONTENT_WORDS.test(words)) return false;
  // A page-wide wrapper named for a drawer or a sidebar layout still holds the story when the
  // story's own landmark is inside it.
  return element.querySelector(CONTENT_LANDMARKS) === null;
}

/** Class words of a photo credit or copyright line ("caption-credit", "image__copyright"). */
const CREDIT_WORDS = /(?:^|[\s_-])(?:credits?|copyright)(?:$|[\s_-])/i;
/** A credit is a name or two; a longer block so named also holds the caption ("lead-image__credit"). */
const MAX_CREDIT_CHARS = 80;

/** A photo credit: named so, short, and holding no caption. */
function isCreditLine(element: Element, words: string): boolean {
  return CREDIT_WORDS.test(words) && textLength(element) <= MAX_CREDIT_CHARS && element.querySelector('[itemprop="caption"], :not(a)[class*="caption"]') === null;
}

/** Elements that say they are the content (see isContentLandmark). */
const CONTENT_LANDMARKS = 'main, article, [role="main"], [role="article"], [itemprop="articleBody"]';

function textLength(element: Element): number {
  return (element.textContent ?? '').trim().length;
}

/** Share of an element's text that sits in links (0 when it has no text). */
export function linkDensity(element: Element): number {
  const links = element.getElementsByTagName('a');
  if (links.length === 0) return 0;
  const total = textLength(element);
  if (total === 0) return 0;
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += textLength(links[i]!);
  return Math.min(1, linked / total);
}

/** A list, table or box of mostly links (related stories, tags, share bars without a class). */
function isLinkFarm(element: Element): boolean {
  const tag = tagOf(element);
  if (tag !== 'UL' && tag !== 'OL' && tag !== 'DIV' && tag !== 'SECTION' && tag !== 'TABLE' && tag !== 'DL') return false;
  if (element.getElementsByTagName('a').length < (tag === 'UL' || tag === 'OL' ? 1 : 2)) return false;
  return linkDensity(element) > LINK_FARM_DENSITY;
}

/** Class/id words of a picture's caption. */
const CAPTION_WORDS = /(?:^|[\s_-])(?:caption|figcaption|cutline)(?:$|[\s_-])/i;
/** Reading text ends a sentence; widget chrome ("Replay", "ADVERTISING", "Play in 00:25") does not. */
const SENTENCE_END = /[.!?:;"'\u201d\u2019\u2026)\]]$/;
/** Block elements that carry reading inside a container. */
const READING_TAGS = ['p', 'figcaption', 'blockquote', 'li', 'h2', 'h3', 'h4', 'dd', 'td'];

/**
 * A box inside the body with no paragraph in it and text that is not a sentence: the chrome of
 * an embedded player, an ad label, a sponsor credit. Real text in `div`s ends its sentences.
 */
function isWidgetChrome(element: Element): boolean {
  const tag = tagOf(element);
  if (tag !== 'DIV' && tag !== 'SECTION' && tag !== 'FIGURE') return false;
  if (isContentLandmark(element)) return false;
  // Captions name what a picture shows without ending a sentence.
  if (CAPTION_WORDS.test(classAndId(element))) return false;
  for (const reading of READING_TAGS) if (element.getElementsByTagName(reading).length > 0) return false;
  const text = (element.textContent ?? '').trim();
  return !SENTENCE_END.test(text);
}

function classWeight(element: Element): number {
  const words = classAndId(element);
  if (words.length <= 1) return 0;
  return (POSITIVE_WORDS.test(words) ? 25 : 0) - (NEGATIVE_WORDS.test(words) ? 25 : 0);
}

function hasBlockChild(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_CHILD_TAGS.has(tagOf(child))) return true;
  }
  return false;
}

/** Paragraph tags that are containers when they hold blocks (a layout table's cell, a list item of paragraphs). */
const CONTAINER_WHEN_BLOCKS = new Set(['TD', 'LI', 'DD', 'BLOCKQUOTE']);

function isParagraph(element: Element): boolean {
  const tag = tagOf(element);
  if (CONTAINER_WHEN_BLOCKS.has(tag)) return !hasBlockChild(element);
  if (PARAGRAPH_TAGS.has(tag)) return true;
  return (tag === 'DIV' || tag === 'SECTION' || tag === 'SPAN') && !hasBlockChild(element) && element.firstChild !== null;
}

/** How much a paragraph adds to its containers: its length in hundreds of chars, its commas. */
function paragraphScore(text: string): number {
  let commas = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas++;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

interface Scored {
  scores: Map<Element, number>;
  /** How much the page reads like an article (see MIN_READABLE_SCORE). */
  readable: number;
  /** Characters of reading paragraphs in each element's subtree (every ancestor, not just the near ones). */
  reading: Map<Element, number>;
}

/** Scores every container of readable paragraphs under `body`, skipping furniture. */
function* scoreContainers(body: Element): Steps<Scored> {
  const scores = new Map<Element, number>();
  const reading = new Map<Element, number>();
  let readable = 0;
  let visited = 0;
  const addScore = (element: Element, score: number) => {
    const current = scores.get(element);
    scores.set(element, (current ?? TAG_SCORES[tagOf(element)] ?? 0) + (current === undefined ? classWeight(element) : 0) + score);
  };
  let element: Element | null = body.firstElementChild;
  while (element) {
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    let descend = true;
    if (isFurniture(element)) {
      descend = false;
    } else if (isParagraph(element)) {
      descend = false;
      const text = (element.textContent ?? '').trim();
      const tag = tagOf(element);
      // A list item or cell that is mostly a link is a list of links (related stories, results).
      // Text inside a link is a link (a result's snippet), not reading.
      const linkList = ((tag === 'LI' || tag === 'TD') && linkDensity(element) > LINK_FARM_DENSITY) || element.closest('a') !== null;
      if (text.length >= MIN_PARAGRAPH_CHARS && !linkList) {
        const score = paragraphScore(text);
        const running = RUNNING_TEXT_TAGS.has(tag) || (SENTENCE_ITEM_TAGS.has(tag) && SENTENCE_END.test(text));
        if (running && text.length > READABLE_PARAGRAPH_CHARS && linkDensity(element) < LINK_FARM_DENSITY) {
          readable += Math.sqrt(text.length - READABLE_PARAGRAPH_CHARS);
        }
        let ancestor = element.parentElement;
        for (let level = 0; ancestor && ancestor !== body && level < SCORE_LEVELS; level++) {
          addScore(ancestor, level === 0 ? score : score / (level * 2));
          ancestor = ancestor.parentElement;
        }
        for (let holder = element.parentElement; holder && holder !== body; holder = holder.parentElement) reading.set(holder, (reading.get(holder) ?? 0) + text.length);
      }
    }
    // Next element in document order, skipping the subtree when not descending.
    let next: Element | null = descend ? element.firstElementChild : null;
    while (!next && element && element !== body) {
      next = element.nextElementSibling;
      if (!next) element = element.parentElement;
    }
    element = next;
  }
  return { scores, readable, reading };
}

/** Other near-best candidates that make their shared ancestor the body (columns of one story). */
const MIN_SHARED_CANDIDATES = 2;
/** "Near-best": this share of the best candidate's score. */
const SHARED_SCORE_SHARE = 0.75;

/**
 * Picks the body from the scored containers: the best after link density; widened to the
 * ancestor it shares with other near-best candidates (a story split over several column
 * wrappers, as big news sites do); and to its parent while it is an only child.
 */
function* chooseRoot(body: Element, scores: ReadonlyMap<Element, number>): Steps<Element | null> {
  const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  const finals: Array<[Element, number]> = [];
  for (const [element, score] of top) {
    yield;
    finals.push([element, score * (1 - linkDensity(element))]);
  }
  finals.sort((a, b) => b[1] - a[1]);
  const best = finals[0];
  if (!best || best[1] <= 0) return null;
  let root = best[0];
  const close = finals
    .slice(1)
    .filter(([element, score]) => score >= best[1] * SHARED_SCORE_SHARE && !root.contains(element) && !element.contains(root))
    .map(([element]) => element);
  if (close.length >= MIN_SHARED_CANDIDATES) {
    let ancestor = root.parentElement;
    while (ancestor && ancestor !== body && close.filter((element) => ancestor!.contains(element)).length < MIN_SHARED_CANDIDATES) {
      ancestor = ancestor.parentElement;
    }
    if (ancestor && ancestor !== body) root = ancestor;
  }
  while (root.parentElement && root.parentElement !== body && root.parentElement.children.length === 1) root = root.parentElement;
  return root;
}

/** Ancestor levels searched for the other sections of a story split into several wrappers. */
const SECTION_SEARCH_LEVELS = 6;
/** A section holds at least this many characters of reading paragraphs. */
const MIN_SECTION_READING = 200;

/** Tag and class words, script hooks left out: what a site's template gives every section of a story. */
function signatureOf(element: Element): string {
  const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter((word) => word && !word.startsWith('js-')).sort();
  return classes.length === 0 ? '' : `${tagOf(element)}.${classes.join('.')}`;
}

/**
 * A story split into sections, each in its own wrapper with figures and pull quotes between
 * (a template repeats the wrapper): the other wrappers of the body's own kind near it, with
 * reading text and few links. Found within a few ancestor levels of the body; none for a body
 * whose element has no class words (a bare div says nothing about its kind).
 */
function otherSections(root: Element, scope: Element, reading: ReadonlyMap<Element, number>): Element[] {
  const signature = signatureOf(root);
  if (!signature) return [];
  let ancestor = root.parentElement;
  for (let level = 0; ancestor && ancestor !== scope && level < SECTION_SEARCH_LEVELS; level++, ancestor = ancestor.parentElement) {
    const candidates = Array.from(ancestor.getElementsByTagName(root.tagName)).filter(
      (element) =>
        element !== root &&
        !element.contains(root) &&
        !root.contains(element) &&
        signatureOf(element) === signature &&
        (reading.get(element) ?? 0) >= MIN_SECTION_READING &&
        linkDensity(element) < LINK_FARM_DENSITY,
    );
    if (candidates.length > 0) return candidates;
  }
  return [];
}

/**
 * Where the page's content is: the body, unless malformed markup left most of the page outside
 * it (a second <body>, content after </html>), when the whole document is read.
 */
function readingScope(document: Document): Element | null {
  const body = document.body;
  const root = document.documentElement;
  if (!body || !root) return body ?? root;
  return body.querySelectorAll('*').length * 2 >= root.querySelectorAll('*').length ? body : root;
}

/** The element that holds the article's body text, or null when the page has no article. */
function* findArticleRootSteps(document: Document): Steps<Element | null> {
  const body = readingScope(document);
  if (!body) return null;
  const { scores, readable } = yield* scoreContainers(body);
  if (readable < MIN_READABLE_SCORE) return null;
  return yield* chooseRoot(body, scores);
}

export function findArticleRoot(document: Document): Element | null {
  return runToEnd(findArticleRootSteps(document));
}

/** A sibling with a sentence or more of plain text ("read more" boxes, a lone paragraph). */
function readsLikeParagraphs(element: Element): boolean {
  const tag = tagOf(element);
  if (tag !== 'P' && tag !== 'DIV' && tag !== 'SECTION') return false;
  const text = (element.textContent ?? '').trim();
  return text.length > 80 && SENTENCE_END.test(text) && linkDensity(element) < 0.25;
}

/** The body's siblings that read like more of it (the body split over wrappers), in order. */
function joinSiblings(root: Element, scores: ReadonlyMap<Element, number>): Element[] {
  const parent = root.parentElement;
  if (!parent || tagOf(parent) === 'BODY') return [root];
  const threshold = Math.max(10, (scores.get(root) ?? 0) * SIBLING_SHARE);
  const joined: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === root) {
      joined.push(sibling);
      continue;
    }
    if (isFurniture(sibling) || isLinkFarm(sibling)) continue;
    const score = scores.get(sibling) ?? 0;
    if (score >= threshold && linkDensity(sibling) < 0.25) joined.push(sibling);
    else if (readsLikeParagraphs(sibling)) joined.push(sibling);
  }
  return joined;
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The page headline: the h1 that best matches the document title; else the last h1 before the
 * body. Never one inside furniture (a site logo in the banner).
 */
function findHeadline(scope: ParentNode, title: string, body: Element): Element | null {
  let before: Element | null = null;
  const titleWords = wordsOf(title);
  let best: Element | null = null;
  let bestOverlap = 0;
  for (const heading of Array.from(scope.querySelectorAll('h1'))) {
    // A headline the page marks as such counts even where the template files it under furniture (a breadcrumb bar).
    if (hasFurnitureAncestor(heading) && heading.getAttribute('itemprop') !== 'headline') continue;
    const words = wordsOf(heading.textContent ?? '');
    if (words.size < 2) continue;
    if (documentOrder(heading, body) < 0) before = heading;
    let shared = 0;
    for (const word of words) if (titleWords.has(word)) shared++;
    const overlap = shared / words.size;
    if (overlap > bestOverlap) {
      best = heading;
      bestOverlap = overlap;
    }
  }
  return bestOverlap >= 0.5 ? best : before;
}

/** Class/id words of a standfirst (the summary under the headline). */
const STANDFIRST_WORDS = /standfirst|intro|summary|dek|description|lede|subhead|subtitle|strapline|teaser/i;
/** Elements after the headline searched for a standfirst, before the body starts. */
const STANDFIRST_LOOKAHEAD = 400;

/** The next element in document order (into children first). */
function nextInOrder(element: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** The standfirst between the headline and the body, when the page marks one. */
function findStandfirst(headline: Element, body: Element): Element | null {
  let element: Element | null = nextInOrder(headline);
  // Without a class that says so, a standfirst is the first sentence-like paragraph of the headline's header.
  const header = headline.closest('header');
  for (let step = 0; element && step < STANDFIRST_LOOKAHEAD; step++) {
    if (element === body || element.contains(body)) {
      if (element === body) return null;
    } else if (!isFurniture(element) && (STANDFIRST_WORDS.test(classAndId(element)) || (tagOf(element) === 'P' && header?.contains(element) && SENTENCE_END.test((element.textContent ?? '').trim())))) {
      const length = textLength(element);
      if (length >= 40 && length <= 800 && linkDensity(element) < 0.25 && !hasFurnitureAncestor(element)) return element;
    }
    element = nextInOrder(element);
  }
  return null;
}

/** Captions between the headline and the body: the lead picture's, which the reader sees with the story. */
function leadCaptions(headline: Element, body: Element): Element[] {
  const captions: Element[] = [];
  let element: Element | null = nextInOrder(headline);
  for (let step = 0; element && step < STANDFIRST_LOOKAHEAD && element !== body && !element.contains(body); step++) {
    if (tagOf(element) === 'FIGCAPTION' && !hasFurnitureAncestor(element) && !isFurniture(element)) captions.push(element);
    element = nextInOrder(element);
  }
  return captions;
}

function hasFurnitureAncestor(element: Element): boolean {
  for (let node = element.parentElement; node && tagOf(node) !== 'BODY'; node = node.parentElement) {
    if (isFurniture(node)) return true;
  }
  return false;
}

/** The element and its ancestors, outermost first. */
function pathOf(element: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.unshift(node);
  return path;
}

/** Document order of two elements, neither inside the other (by their ancestor paths: linkedom
 * and browsers agree on this, where compareDocumentPosition differs between DOMs). */
function documentOrder(a: Element, b: Element): number {
  const pathA = pathOf(a);
  const pathB = pathOf(b);
  let i = 0;
  while (i < pathA.length && i < pathB.length && pathA[i] === pathB[i]) i++;
  const branchA = pathA[i];
  const branchB = pathB[i];
  if (!branchA || !branchB) return 0;
  for (let node = branchA.nextElementSibling; node; node = node.nextElementSibling) if (node === branchB) return -1;
  return 1;
}

/** Keeps roots that are not inside another root, in document order. */
function outermostInOrder(roots: Element[]): Element[] {
  const unique = [...new Set(roots)];
  const kept = unique.filter((root) => !unique.some((other) => other !== root && other.contains(root)));
  return kept.sort(documentOrder);
}

export interface ExtractOptions {
  /** Extra test for hidden elements (the live page can ask for computed style). */
  isHidden?: (element: Element) => boolean;
}

/** The whole extraction as slices of work (see time-slice.ts); null when there is no article. */
/** Elements checked for an open shadow root between two yields. */
const HOSTS_PER_STEP = 512;

/**
 * A page whose story is rendered inside a web component: the open shadow root (not nested)
 * that reads most like an article. Only looked for when the light DOM has no article.
 */
function* findShadowScope(body: Element): Steps<{ scope: ShadowRoot; scored: Scored } | null> {
  let best: { scope: ShadowRoot; scored: Scored } | null = null;
  const all = body.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    if (i % HOSTS_PER_STEP === 0) yield;
    const scope = (all[i] as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (!scope) continue;
    // A shadow root is walked like a body: its top-level children have no parent element.
    const scored = yield* scoreContainers(scope as unknown as Element);
    if (scored.readable >= MIN_READABLE_SCORE && (!best || scored.readable > best.scored.readable)) best = { scope, scored };
  }
  return best;
}

/** The whole extraction as slices of work (see time-slice.ts); null when there is no article. */
export function* extractArticleSteps(document: Document, options: ExtractOptions = {}): Steps<ExtractedArticle | null> {
  const body = readingScope(document);
  if (!body) return null;
  let scope: Element | ShadowRoot = body;
  let shadowRoot: ShadowRoot | null = null;
  let { scores, readable, reading } = yield* scoreContainers(body);
  if (readable < MIN_READABLE_SCORE) {
    const shadow = yield* findShadowScope(body);
    if (!shadow) return null;
    ({ scores, readable, reading } = shadow.scored);
    scope = shadowRoot = shadow.scope;
  }
  const root = yield* chooseRoot(scope as Element, scores);
  if (!root) return null;
  yield;
  const bodyParts = [...joinSiblings(root, scores), ...otherSections(root, scope as Element, reading)];
  const headline = findHeadline(scope, document.title, root);
  const standfirst = headline ? findStandfirst(headline, root) : null;
  const captions = headline ? leadCaptions(headline, root) : [];
  const roots = outermostInOrder([...(headline ? [headline] : []), ...(standfirst ? [standfirst] : []), ...captions, ...bodyParts]);
  const isHidden = options.isHidden;
  const skip = (element: Element) =>
    isFurniture(element) || isLinkFarm(element) || isWidgetChrome(element) || (isHidden ? isHidden(element) : false);
  const map = yield* textMapSteps(roots, skip);
  const lang = document.documentElement.getAttribute('lang') ?? '';
  return { title: document.title.trim(), lang, map, roots, headline, standfirst, shadowRoot };
}

/** Extracts the article of a page at once; null when the page does not look like an article. */
export function extractArticle(document: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  return runToEnd(extractArticleSteps(document, options));
}
